// Statistics of the cache for `dicomnet stats` and the Statistics window: counts only — no name,
// ID or UID of a patient (readers are named: they are the site's specialists). The consultation
// index is brought up to date first (consult/report_indexing.h: what counts as COVID-19).
#pragma once

#include "core/result.h"
#include "db/statistics.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace dicomnet::workflow {

using db::ConsultationStatsRow;
using db::ReaderStatsRow;
using db::StatsFilter;
using db::StatsPeriod;
using db::StatsRow;

// What one exam on film and paper cost: the site's setting for the savings estimate.
struct ExamCost {
    double amount = 0;
    QString currency;  // e.g. EUR, MDL; may be empty
    QString text() const;
};
// "4.10 EUR", "4.10", "EUR 4.10"; nullopt when it is not an amount.
std::optional<ExamCost> parseExamCost(const QString& text);
Result<std::optional<ExamCost>> examCost(const QString& dataDir);
Status setExamCost(const QString& dataDir, const ExamCost& cost);

struct StatsReport {
    std::vector<StatsRow> volume;                     // per period and modality
    std::vector<ConsultationStatsRow> consultations;  // per period
    ConsultationStatsRow consultationTotal;           // the whole range
    std::vector<ReaderStatsRow> readers;
    std::vector<StatsRow> sources;  // period: the AE title
    qint64 studies = 0, images = 0, covidStudies = 0;
    std::optional<ExamCost> cost;  // the setting; savings = studies × amount
};

enum StatsPart { Volume = 1, Consultations = 2, Readers = 4, Sources = 8, AllParts = 15 };

// One line of CSV (RFC 4180: a field with a comma, quote or line break quoted), no line end.
QString csvLine(const QStringList& fields);

// The parts asked for (a combination of StatsPart) over the filtered studies.
Result<StatsReport> statisticsOf(const QString& dataDir, const StatsFilter& filter,
                                 StatsPeriod period, int parts = AllParts);

}  // namespace dicomnet::workflow
