#include "registration_store.h"

#include "cache.h"
#include "sqlite.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>

namespace dicomnet::db {

Status RegistrationStore::save(const StoredRegistration& r) {
    try {
        Statement q(cache_.connection(),
                    "INSERT OR REPLACE INTO registrations(current_uid, prior_uid, kind, version, "
                    "parameters, seconds, created_at) VALUES (?,?,?,?,?,?,?)");
        q.bind(1, r.currentUid).bind(2, r.priorUid).bind(3, r.kind).bind(4, r.version);
        q.bind(5, QString::fromUtf8(QJsonDocument(r.parameters).toJson(QJsonDocument::Compact)));
        q.bind(6, r.seconds).bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.run();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
    return {};
}

Result<std::optional<StoredRegistration>> RegistrationStore::find(const QString& currentUid,
                                                                  const QString& priorUid,
                                                                  const QString& kind,
                                                                  int version) {
    try {
        Statement q(cache_.connection(),
                    "SELECT version, parameters, seconds FROM registrations "
                    "WHERE current_uid = ? AND prior_uid = ? AND kind = ?");
        q.bind(1, currentUid).bind(2, priorUid).bind(3, kind);
        if (!q.step() || q.integer(0) < version) return std::optional<StoredRegistration>{};
        StoredRegistration r;
        r.currentUid = currentUid;
        r.priorUid = priorUid;
        r.kind = kind;
        r.version = int(q.integer(0));
        r.parameters = QJsonDocument::fromJson(q.text(1).toUtf8()).object();
        r.seconds = q.real(2);
        return std::optional<StoredRegistration>{r};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
