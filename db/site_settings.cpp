#include "site_settings.h"

#include "cache.h"
#include "sqlite.h"

namespace dicomnet::db {

Result<QString> SiteSettings::value(const QString& key) {
    try {
        Statement q(cache_.connection(), "SELECT value FROM site_settings WHERE key = ?");
        q.bind(1, key);
        return q.step() ? q.text(0) : QString();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status SiteSettings::set(const QString& key, const QString& value) {
    try {
        Statement q(cache_.connection(),
                    "INSERT INTO site_settings(key, value) VALUES (?1, ?2) "
                    "ON CONFLICT(key) DO UPDATE SET value = ?2");
        q.bind(1, key).bind(2, value).run();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
