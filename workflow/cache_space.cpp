#include "workflow/cache_space.h"

#include "db/cache.h"
#include "db/site_settings.h"
#include "db/sqlite.h"

#include <QObject>
#include <QRegularExpression>
#include <QStorageInfo>

#include <cmath>

namespace dicomnet::workflow {

namespace {

const QString kQuotaKey = QStringLiteral("cache.quota");
constexpr qint64 kMinimumQuota = qint64(1) << 30;

}  // namespace

Result<std::optional<qint64>> parseQuota(const QString& text, qint64 diskTotal) {
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) return std::optional<qint64>{};
    static const QRegularExpression form(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([KMGT%]?)B?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(t);
    if (!m.hasMatch())
        return Error{QObject::tr("not a size: %1 (for example 750G, 1.5T or 80%)").arg(text)};
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    double bytes = number;
    if (unit == QLatin1String("%")) {
        if (number < 1 || number > 100)
            return Error{QObject::tr("a share of the disk must be between 1 and 100 %")};
        bytes = double(diskTotal) * number / 100;
    } else if (!unit.isEmpty()) {
        const int power = QStringLiteral("KMGT").indexOf(unit) + 1;
        bytes = number * std::pow(1024.0, power);
    }
    if (bytes < double(kMinimumQuota) || bytes > 9.0e18)
        return Error{QObject::tr("a quota must be at least 1 GB: %1").arg(text)};
    return std::optional<qint64>{qint64(bytes)};
}

Result<CacheSpace> cacheSpace(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    CacheSpace s;
    try {
        db::Statement q(cache.value()->connection(),
                        "SELECT (SELECT count(*) FROM studies), count(*), "
                        "coalesce(sum(file_size), 0) FROM instances");
        if (q.step()) s.studies = q.integer(0), s.objects = q.integer(1), s.bytes = q.integer(2);
    } catch (const db::SqliteError& e) {
        return Error{QString::fromUtf8(e.what())};
    }
    const QStorageInfo disk(dataDir);
    s.diskTotal = disk.bytesTotal(), s.diskFree = disk.bytesAvailable();
    auto setting = db::SiteSettings(*cache.value()).value(kQuotaKey);
    if (!setting) return Error{setting.error()};
    s.quotaSetting = setting.value();
    if (!s.quotaSetting.isEmpty()) {
        auto q = parseQuota(s.quotaSetting, s.diskTotal);
        if (!q) return Error{q.error()};
        s.quotaBytes = q.value();
    }
    return s;
}

Status setCacheQuota(const QString& dataDir, const QString& text) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto parsed = parseQuota(text, QStorageInfo(dataDir).bytesTotal());
    if (!parsed) return Error{parsed.error()};
    return db::SiteSettings(*cache.value())
        .set(kQuotaKey, parsed->has_value() ? text.trimmed() : QString());
}

}  // namespace dicomnet::workflow
