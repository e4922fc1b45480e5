#include "statistics.h"

#include "cache.h"
#include "sqlite.h"

#include <QObject>

#include <algorithm>
#include <map>
#include <tuple>

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

// Each request of the filtered studies with its period, when it was asked and when a final
// consultation first answered it (NULL: not yet). ?3 restricts to one reader's answers.
QByteArray requestsSql(StatsPeriod p) {
    return "SELECT " + periodExpression(p) +
           " AS period, r.document_time AS asked, (SELECT min(a.document_time) FROM "
           "consultations a WHERE a.answers_uid = i.sop_uid AND a.state = 'final' AND "
           "a.document_time <> '') AS answered FROM consultations r CROSS JOIN instances i ON "
           "i.id = r.instance_ref CROSS JOIN studies s ON s.id = r.study_ref" +
           QByteArray(kWhere) + " AND r.kind = 'request'";
}

// Percentiles (nearest rank) of `hours` per `grp` of the rows of `source`: grp, median, p90.
QByteArray percentilesSql(const QByteArray& source) {
    return "SELECT grp, max(CASE WHEN n = (total + 1) / 2 THEN hours END), max(CASE WHEN n = "
           "(9 * total + 9) / 10 THEN hours END) FROM (SELECT grp, hours, row_number() OVER "
           "(PARTITION BY grp ORDER BY hours) AS n, count(*) OVER (PARTITION BY grp) AS total "
           "FROM (" +
           source + ")) GROUP BY grp";
}

double hoursOr(Statement& q, int column) { return q.isNull(column) ? -1 : q.real(column); }

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
                               " AS period, s.modalities, count(*), sum(s.instance_count), "
                               "sum(EXISTS (SELECT 1 FROM consultations c WHERE c.study_ref = "
                               "s.id AND c.covid = 1)) FROM studies s" +
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
            row.covidStudies += q.integer(4);
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

Result<std::vector<ConsultationStatsRow>> Statistics::consultations(const StatsFilter& f,
                                                                    StatsPeriod p) {
    try {
        const QByteArray requests = requestsSql(p);
        const QByteArray times =
            "SELECT period AS grp, max(0, (julianday(answered) - julianday(asked)) * 24) AS "
            "hours FROM req WHERE answered IS NOT NULL AND asked <> ''";
        // The percentiles by period, then the counts by period.
        std::map<QString, std::pair<double, double>> pct;
        {
            Statement q(cache_.connection(),
                        ("WITH req AS (" + requests + ") " + percentilesSql(times)).constData());
            q.bind(1, f.from).bind(2, f.to);
            while (q.step()) pct[q.text(0)] = {hoursOr(q, 1), hoursOr(q, 2)};
        }
        Statement q(cache_.connection(),
                    ("WITH req AS (" + requests +
                     ") SELECT period, count(*), count(answered) FROM req GROUP BY period ORDER "
                     "BY period")
                        .constData());
        q.bind(1, f.from).bind(2, f.to);
        std::vector<ConsultationStatsRow> out;
        while (q.step()) {
            ConsultationStatsRow row;
            row.period = q.text(0);
            if (row.period.isEmpty() && p != StatsPeriod::All)
                row.period = QStringLiteral("unknown");
            row.requested = q.integer(1);
            row.answered = q.integer(2);
            if (auto it = pct.find(q.text(0)); it != pct.end())
                std::tie(row.medianHours, row.p90Hours) = it->second;
            out.push_back(row);
        }
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
        // Turnaround: each request to the first final answer, credited to its author.
        const QByteArray first =
            "SELECT i.sop_uid AS request, r.document_time AS asked, a.author AS reader, "
            "min(a.document_time) AS answered FROM consultations r CROSS JOIN instances i ON "
            "i.id = r.instance_ref CROSS JOIN studies s ON s.id = r.study_ref JOIN consultations "
            "a ON a.answers_uid = i.sop_uid AND a.state = 'final' AND a.document_time <> ''" +
            QByteArray(kWhere) +
            " AND r.kind = 'request' AND r.document_time <> '' GROUP BY "
            "r.instance_ref";
        const QByteArray times =
            "SELECT reader AS grp, max(0, (julianday(answered) - julianday(asked)) * 24) AS "
            "hours FROM firsts";
        Statement q(cache_.connection(),
                    ("WITH firsts AS (" + first + ") " + percentilesSql(times)).constData());
        q.bind(1, f.from).bind(2, f.to);
        while (q.step()) {
            ReaderStatsRow& r = rows[q.text(0)];
            r.reader = q.text(0);
            r.medianHours = hoursOr(q, 1);
            r.p90Hours = hoursOr(q, 2);
        }
        Statement timed(
            cache_.connection(),
            ("WITH firsts AS (" + first + ") SELECT reader, count(*) FROM firsts GROUP BY reader")
                .constData());
        timed.bind(1, f.from).bind(2, f.to);
        while (timed.step()) rows[timed.text(0)].timed = timed.integer(1);
        std::vector<ReaderStatsRow> out;
        for (auto& [name, row] : rows) {
            if (row.reader.isEmpty())
                row.reader = name.isEmpty() ? QStringLiteral("unknown") : name;
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
