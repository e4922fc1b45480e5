// Counts over the index for `dicomnet stats`: studies and images per period and modality, and
// studies per sending AE title — computed by SQLite (GROUP BY), never by reading every row, and
// holding counts only: no name, ID or UID of anyone.
#pragma once

#include "core/result.h"

#include <QString>

#include <vector>

namespace dicomnet::db {

class Cache;

struct StatsFilter {
    QString from, to;  // study dates, YYYYMMDD inclusive; empty: open
};

enum class StatsPeriod { Month, Week, Year, All };

struct StatsRow {
    QString period;    // "2026-11", "2026-W47", "2026", or "" for All; "unknown" without a date
    QString modality;  // the study's imaging modality (documents aside), or "other"
    qint64 studies = 0, images = 0;
    qint64 covidStudies = 0;  // of them, COVID-19 investigations (consult/report_indexing.h)
};

// Consultation requests of the studies of a period: how many, how many a final (signed)
// consultation answers, and the turnaround from the request to the first such answer, in hours
// (median and 90th percentile, nearest rank; negative when none was answered).
struct ConsultationStatsRow {
    QString period;  // as StatsRow's, by the study's date
    qint64 requested = 0, answered = 0;
    double medianHours = -1, p90Hours = -1;
};

struct ConsultationStats {
    std::vector<ConsultationStatsRow> periods;  // oldest first
    ConsultationStatsRow total;                 // the whole range (period "")
};

// A reader's answers: requests (or, unasked, studies) a final consultation of theirs answers,
// and the turnaround of the requests they answered first.
struct ReaderStatsRow {
    QString reader;  // as the document names its author
    qint64 answers = 0, timed = 0;
    double medianHours = -1, p90Hours = -1;
};

class Statistics {
public:
    explicit Statistics(Cache& cache) : cache_(cache) {}
    // Studies and images per period and modality, oldest period first.
    Result<std::vector<StatsRow>> volume(const StatsFilter& filter, StatsPeriod period);
    // Studies per AE title they were received from (period: the AE title), most first.
    Result<std::vector<StatsRow>> bySource(const StatsFilter& filter);
    // Requests, answers and turnaround per period and in all (of the consultation index,
    // migration 021), in one pass.
    Result<ConsultationStats> consultations(const StatsFilter& filter, StatsPeriod period);
    // Answers and turnaround per reader, most answers first.
    Result<std::vector<ReaderStatsRow>> readers(const StatsFilter& filter);

private:
    Cache& cache_;
};

// The modality a study is counted under, from its '\'-separated list: the first imaging one
// (SR, KO, PR, DOC and OT are documents and annotations), else "other".
QString primaryModality(const QString& modalities);

// The period of a study date (YYYYMMDD) as statistics name it: "2026-11", "2026-W47" (weeks from
// Monday, week 00 before the year's first Monday: SQLite's %W), "2026", "" for All; "unknown"
// when it is not a date.
QString periodOf(const QString& studyDate, StatsPeriod period);

}  // namespace dicomnet::db
