#include "workflow/cache_space.h"

#include "db/cache.h"
#include "db/site_settings.h"
#include "db/sqlite.h"
#include "workflow/eviction.h"

#include <QObject>
#include <QRegularExpression>
#include <QStorageInfo>

#include <cmath>

namespace dicomnet::workflow {

namespace {

const QString kQuotaKey = QStringLiteral("cache.quota");
constexpr qint64 kMinimumQuota = qint64(1) << 30;

}  // namespace

namespace {

// A number and a unit (K, M, G, T, or % when `share`), as bytes; `diskTotal` for shares.
Result<double> parseAmount(const QString& text, qint64 diskTotal, bool share) {
    static const QRegularExpression form(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*([KMGT%]?)B?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const auto m = form.match(text.trimmed());
    if (!m.hasMatch() || (!share && m.captured(2) == QLatin1String("%")))
        return Error{share ? QObject::tr("not a size: %1 (for example 750G, 1.5T or 80%)").arg(text)
                           : QObject::tr("not a size: %1 (for example 500M or 2G)").arg(text)};
    const double number = m.captured(1).toDouble();
    const QString unit = m.captured(2).toUpper();
    if (unit == QLatin1String("%")) {
        if (number < 1 || number > 100)
            return Error{QObject::tr("a share of the disk must be between 1 and 100 %")};
        return double(diskTotal) * number / 100;
    }
    if (unit.isEmpty()) return number;
    return number * std::pow(1024.0, QStringLiteral("KMGT").indexOf(unit) + 1);
}

}  // namespace

Result<std::optional<qint64>> parseQuota(const QString& text, qint64 diskTotal, bool refuseSmall) {
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("off"), Qt::CaseInsensitive) == 0) return std::optional<qint64>{};
    auto bytes = parseAmount(t, diskTotal, true);
    if (!bytes) return Error{bytes.error()};
    if ((refuseSmall && bytes.value() < double(kMinimumQuota)) || bytes.value() < 1 ||
        bytes.value() > 9.0e18)
        return Error{QObject::tr("a quota must be at least 1 GB: %1").arg(text)};
    return std::optional<qint64>{qint64(bytes.value())};
}

Result<qint64> parseSize(const QString& text) {
    auto bytes = parseAmount(text, 0, false);
    if (!bytes) return Error{bytes.error()};
    if (bytes.value() < 1 || bytes.value() > 9.0e18)
        return Error{QObject::tr("not a size: %1 (for example 500M or 2G)").arg(text)};
    return qint64(bytes.value());
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
        db::Statement away(cache.value()->connection(),
                           "SELECT count(DISTINCT study_ref), count(*), coalesce(sum(file_size), "
                           "0), (SELECT count(*) FROM study_pins) FROM away_instances");
        if (away.step())
            s.awayStudies = away.integer(0), s.awayObjects = away.integer(1),
            s.awayBytes = away.integer(2), s.pinned = away.integer(3);
    } catch (const db::SqliteError& e) {
        return Error{QString::fromUtf8(e.what())};
    }
    const QStorageInfo disk(dataDir);
    s.diskTotal = disk.bytesTotal(), s.diskFree = disk.bytesAvailable();
    auto setting = db::SiteSettings(*cache.value()).value(kQuotaKey);
    if (!setting) return Error{setting.error()};
    s.quotaSetting = setting.value();
    auto days = keepDays(dataDir);
    if (!days) return Error{days.error()};
    s.keepDays = days.value();
    if (!s.quotaSetting.isEmpty()) {
        auto q = parseQuota(s.quotaSetting, s.diskTotal, false);
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
