#include "statistics.h"

#include "cache.h"
#include "sqlite.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <algorithm>
#include <map>

namespace dicomnet::db {

namespace {

// study_date as an SQLite date; NULL when it is not YYYYMMDD.
constexpr const char* kDate =
    "CASE WHEN length(s.study_date) = 8 THEN substr(s.study_date, 1, 4) || '-' || "
    "substr(s.study_date, 5, 2) || '-' || substr(s.study_date, 7, 2) END";

// The period in SQL, as periodOf names it (for the consultations, whose percentiles are taken
// per period in SQLite).
QByteArray periodExpression(StatsPeriod p) {
    const QByteArray date = kDate;
    switch (p) {
        case StatsPeriod::Month:
            return "coalesce(strftime('%Y-%m', " + date + "), 'unknown')";
        case StatsPeriod::Week:
            return "coalesce(strftime('%Y-W%W', " + date + "), 'unknown')";
        case StatsPeriod::Year:
            return "coalesce(strftime('%Y', " + date + "), 'unknown')";
        case StatsPeriod::All:
            break;
    }
    return "''";
}

constexpr const char* kWhere =
    " WHERE (?1 = '' OR s.study_date >= ?1) AND (?2 = '' OR s.study_date <= ?2)";

// The median and the 90th percentile (nearest rank) of `timed` values: the value `at` gives at
// each rank — its parameter 1 the group `key` when there is one, the last the rank's offset.
// Unchanged when nothing is timed.
void percentiles(Statement& at, const QString* key, qint64 timed, double& median, double& p90) {
    if (timed <= 0) return;
    const qint64 ranks[] = {(timed + 1) / 2, (9 * timed + 9) / 10};
    double* into[] = {&median, &p90};
    for (int k = 0; k < 2; ++k) {
        if (key) at.bind(1, *key);
        at.bind(key ? 2 : 1, ranks[k] - 1);
        if (at.step()) *into[k] = at.real(0);
        at.reset();
    }
}

}  // namespace

QString primaryModality(const QString& modalities) {
    static const QStringList documents = {QStringLiteral("SR"), QStringLiteral("KO"),
                                          QStringLiteral("PR"), QStringLiteral("DOC"),
                                          QStringLiteral("OT")};
    for (const QString& m : modalities.split(QLatin1Char('\\'), Qt::SkipEmptyParts))
        if (!documents.contains(m.trimmed())) return m.trimmed();
    return QStringLiteral("other");
}

QString periodOf(const QString& studyDate, StatsPeriod period) {
    if (period == StatsPeriod::All) return {};
    bool digits = studyDate.size() == 8;
    for (int i = 0; digits && i < 8; ++i) digits = studyDate.at(i).isDigit();
    const QDate d = digits ? QDate(QStringView(studyDate).left(4).toInt(),
                                   QStringView(studyDate).mid(4, 2).toInt(),
                                   QStringView(studyDate).mid(6, 2).toInt())
                           : QDate();
    if (!d.isValid()) return QStringLiteral("unknown");
    switch (period) {
        case StatsPeriod::Month:
            return d.toString(QStringLiteral("yyyy-MM"));
        case StatsPeriod::Year:
            return d.toString(QStringLiteral("yyyy"));
        case StatsPeriod::Week: {
            const int week = (d.dayOfYear() - 1 + 7 - (d.dayOfWeek() - 1)) / 7;
            return QStringLiteral("%1-W%2").arg(d.year()).arg(week, 2, 10, QLatin1Char('0'));
        }
        case StatsPeriod::All:
            break;
    }
    return {};
}

Result<std::vector<StatsRow>> Statistics::volume(const StatsFilter& f, StatsPeriod p) {
    try {
        // SQLite counts per day and modality list from the index studies_for_stats alone, in
        // its order; the days are folded to periods and the lists to one modality each here
        // (a few thousand rows for a million instances).
        std::map<std::pair<QString, QString>, StatsRow> folded;
        QHash<QString, QString> periods, modalityOf;  // memos: a few thousand days, a few lists
        auto rowOf = [&](const QString& date, const QString& modalities) -> StatsRow& {
            auto pi = periods.find(date);
            if (pi == periods.end()) pi = periods.insert(date, periodOf(date, p));
            auto mi = modalityOf.find(modalities);
            if (mi == modalityOf.end())
                mi = modalityOf.insert(modalities, primaryModality(modalities));
            const QString &period = *pi, &modality = *mi;
            StatsRow& row = folded[{period, modality}];
            row.period = period;
            row.modality = modality;
            return row;
        };
        Statement q(cache_.connection(),
                    (QByteArray("SELECT s.study_date, s.modalities, count(*), "
                                "sum(s.instance_count) FROM studies s INDEXED BY "
                                "studies_for_stats") +
                     kWhere + " GROUP BY s.study_date, s.modalities")
                        .constData());
        q.bind(1, f.from).bind(2, f.to);
        while (q.step()) {
            StatsRow& row = rowOf(q.text(0), q.text(1));
            row.studies += q.integer(2);
            row.images += q.integer(3);
        }
        // The COVID-19 investigations among them: from the consultation index's COVID rows.
        Statement covid(cache_.connection(),
                        (QByteArray("SELECT s.study_date, s.modalities, count(DISTINCT s.id) FROM "
                                    "consultations c CROSS JOIN studies s ON s.id = c.study_ref") +
                         kWhere + " AND c.covid = 1 GROUP BY s.study_date, s.modalities")
                            .constData());
        covid.bind(1, f.from).bind(2, f.to);
        while (covid.step()) rowOf(covid.text(0), covid.text(1)).covidStudies += covid.integer(2);
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
        while (q.step()) out.push_back({q.text(0), QString(), q.integer(1), q.integer(2), 0});
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<ConsultationStats> Statistics::consultations(const StatsFilter& f, StatsPeriod p) {
    try {
        Connection& db = cache_.connection();
        // Each request of the filtered studies, once, into a table of this connection alone:
        // its period, whether it is answered and the hours to its first final answer (kept
        // with the request by the consultation index). In memory: a few MB at most.
        db.exec("PRAGMA temp_store = MEMORY");
        db.exec("DROP TABLE IF EXISTS temp.stats_requests");
        {
            const QByteArray make =
                "CREATE TEMP TABLE stats_requests AS SELECT " + periodExpression(p) +
                " AS period, r.answered AS answered, r.turnaround_hours AS h FROM consultations r "
                "INDEXED BY consultations_by_kind CROSS JOIN studies s ON s.id = r.study_ref" +
                QByteArray(kWhere) + " AND r.kind = 'request'";
            Statement q(db, make.constData());
            q.bind(1, f.from).bind(2, f.to);
            q.run();
        }
        // Counts per period and in all; each percentile (nearest rank) is then the row at its
        // rank in the table's (period, hours) order: an index seek, no sort of every row.
        db.exec("CREATE INDEX temp.stats_requests_by_period ON stats_requests(period, h)");
        db.exec("CREATE INDEX temp.stats_requests_by_hours ON stats_requests(h)");
        Statement inPeriod(db,
                           "SELECT h FROM temp.stats_requests WHERE period = ?1 AND h IS NOT "
                           "NULL ORDER BY h LIMIT 1 OFFSET ?2");
        Statement inAll(db,
                        "SELECT h FROM temp.stats_requests WHERE h IS NOT NULL ORDER BY h LIMIT 1 "
                        "OFFSET ?1");
        ConsultationStats out;
        {
            Statement q(db,
                        "SELECT period, count(*), sum(answered), count(h) FROM "
                        "temp.stats_requests GROUP BY period ORDER BY period");
            while (q.step()) {
                ConsultationStatsRow row;
                row.period = q.text(0);
                row.requested = q.integer(1);
                row.answered = q.integer(2);
                percentiles(inPeriod, &row.period, q.integer(3), row.medianHours, row.p90Hours);
                if (p != StatsPeriod::All) out.periods.push_back(row);
            }
            Statement total(db,
                            "SELECT count(*), coalesce(sum(answered), 0), count(h) FROM "
                            "temp.stats_requests");
            if (total.step()) {
                out.total.requested = total.integer(0);
                out.total.answered = total.integer(1);
                percentiles(inAll, nullptr, total.integer(2), out.total.medianHours,
                            out.total.p90Hours);
            }
        }
        db.exec("DROP TABLE temp.stats_requests");
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<ReaderStatsRow>> Statistics::readers(const StatsFilter& f) {
    try {
        // Answers: the distinct requests (or, unasked, studies) each reader's final
        // consultations answer.
        Statement answers(
            cache_.connection(),
            (QByteArray("SELECT a.author, count(DISTINCT coalesce(nullif(a.answers_uid, ''), "
                        "'study ' || a.study_ref)) FROM consultations a CROSS JOIN studies s ON "
                        "s.id = a.study_ref") +
             kWhere + " AND a.kind = 'consultation' AND a.state = 'final' GROUP BY a.author")
                .constData());
        answers.bind(1, f.from).bind(2, f.to);
        std::map<QString, ReaderStatsRow> rows;
        while (answers.step()) {
            ReaderStatsRow& r = rows[answers.text(0)];
            r.reader = answers.text(0);
            r.answers = answers.integer(1);
        }
        // Turnaround: each answered request, credited to the author of its first final answer
        // (kept with the request); percentiles as for the periods, by index seeks.
        Connection& db = cache_.connection();
        db.exec("PRAGMA temp_store = MEMORY");
        db.exec("DROP TABLE IF EXISTS temp.stats_readers");
        {
            Statement make(db, (QByteArray("CREATE TEMP TABLE stats_readers AS SELECT "
                                           "r.answered_by AS reader, r.turnaround_hours AS h FROM "
                                           "consultations r INDEXED BY consultations_by_kind "
                                           "CROSS JOIN studies s ON s.id = r.study_ref") +
                                kWhere + " AND r.kind = 'request' AND r.answered AND h IS NOT NULL")
                                   .constData());
            make.bind(1, f.from).bind(2, f.to);
            make.run();
        }
        db.exec("CREATE INDEX temp.stats_readers_order ON stats_readers(reader, h)");
        {
            Statement counts(db, "SELECT reader, count(*) FROM temp.stats_readers GROUP BY reader");
            Statement at(db,
                         "SELECT h FROM temp.stats_readers WHERE reader = ?1 ORDER BY h LIMIT 1 "
                         "OFFSET ?2");
            while (counts.step()) {
                ReaderStatsRow& r = rows[counts.text(0)];
                r.reader = counts.text(0);
                r.timed = counts.integer(1);
                percentiles(at, &r.reader, r.timed, r.medianHours, r.p90Hours);
            }
        }
        db.exec("DROP TABLE temp.stats_readers");
        std::vector<ReaderStatsRow> out;
        for (auto& [name, row] : rows) {
            if (row.reader.isEmpty()) row.reader = QStringLiteral("unknown");
            out.push_back(row);
        }
        std::stable_sort(
            out.begin(), out.end(),
            [](const ReaderStatsRow& a, const ReaderStatsRow& b) { return a.answers > b.answers; });
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
