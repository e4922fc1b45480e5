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
};

class Statistics {
public:
    explicit Statistics(Cache& cache) : cache_(cache) {}
    // Studies and images per period and modality, oldest period first.
    Result<std::vector<StatsRow>> volume(const StatsFilter& filter, StatsPeriod period);
    // Studies per AE title they were received from (period: the AE title), most first.
    Result<std::vector<StatsRow>> bySource(const StatsFilter& filter);

private:
    Cache& cache_;
};

// The modality a study is counted under, from its '\'-separated list: the first imaging one
// (SR, KO, PR, DOC and OT are documents and annotations), else "other".
QString primaryModality(const QString& modalities);

}  // namespace dicomnet::db
