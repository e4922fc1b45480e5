#include "statistics.h"

#include "cache.h"
#include "sqlite.h"

#include <QObject>

#include <map>

namespace dicomnet::db {

namespace {

// study_date as an SQLite date; NULL when it is not YYYYMMDD.
constexpr const char* kDate =
    "CASE WHEN length(s.study_date) = 8 THEN substr(s.study_date, 1, 4) || '-' || "
    "substr(s.study_date, 5, 2) || '-' || substr(s.study_date, 7, 2) END";

QByteArray periodExpression(StatsPeriod p) {
    const QByteArray date = kDate;
    switch (p) {
        case StatsPeriod::Month:
            return "strftime('%Y-%m', " + date + ")";
        case StatsPeriod::Week:
            return "strftime('%Y-W%W', " + date + ")";
        case StatsPeriod::Year:
            return "strftime('%Y', " + date + ")";
        case StatsPeriod::All:
            break;
    }
    return "''";
}

constexpr const char* kWhere =
    " WHERE (?1 = '' OR s.study_date >= ?1) AND (?2 = '' OR s.study_date <= ?2)";

}  // namespace

QString primaryModality(const QString& modalities) {
    static const QStringList documents = {QStringLiteral("SR"), QStringLiteral("KO"),
                                          QStringLiteral("PR"), QStringLiteral("DOC"),
                                          QStringLiteral("OT")};
    for (const QString& m : modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
        if (!documents.contains(m.trimmed())) return m.trimmed();
    return QStringLiteral("other");
}

Result<std::vector<StatsRow>> Statistics::volume(const StatsFilter& f, StatsPeriod p) {
    try {
        // SQLite counts per period and modality list (a handful of distinct lists); the lists
        // are then folded to one modality each here.
        const QByteArray sql = "SELECT " + periodExpression(p) +
                               " AS period, s.modalities, count(*), sum(s.instance_count) FROM "
                               "studies s" +
                               kWhere + " GROUP BY period, s.modalities";
        Statement q(cache_.connection(), sql.constData());
        q.bind(1, f.from).bind(2, f.to);
        std::map<std::pair<QString, QString>, StatsRow> folded;
        while (q.step()) {
            QString period = q.text(0);
            if (period.isEmpty() && p != StatsPeriod::All) period = QStringLiteral("unknown");
            const QString modality = primaryModality(q.text(1));
            StatsRow& row = folded[{period, modality}];
            row.period = period;
            row.modality = modality;
            row.studies += q.integer(2);
            row.images += q.integer(3);
        }
        std::vector<StatsRow> out;
        for (auto& [key, row] : folded) out.push_back(row);
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<StatsRow>> Statistics::bySource(const StatsFilter& f) {
    try {
        const QByteArray sql =
            QByteArray(
                "SELECT a.calling_ae, count(DISTINCT s.id), count(*) FROM arrivals a "
                // CROSS JOIN keeps this order: from what was received, never a scan of every
                // study.
                "CROSS JOIN instances i ON i.sop_uid = a.sop_uid CROSS JOIN series se ON se.id "
                "= i.series_ref CROSS JOIN studies s ON s.id = se.study_ref") +
            kWhere + " GROUP BY a.calling_ae ORDER BY 2 DESC, 1";
        Statement q(cache_.connection(), sql.constData());
        q.bind(1, f.from).bind(2, f.to);
        std::vector<StatsRow> out;
        while (q.step()) out.push_back({q.text(0), QString(), q.integer(1), q.integer(2)});
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
