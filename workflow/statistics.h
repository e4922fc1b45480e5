// Statistics of the cache for `dicomnet stats` (and the Statistics window to come): counts only.
#pragma once

#include "core/result.h"
#include "db/statistics.h"

#include <vector>

namespace dicomnet::workflow {

using db::StatsFilter;
using db::StatsPeriod;
using db::StatsRow;

Result<std::vector<StatsRow>> studyVolume(const QString& dataDir, const StatsFilter& filter,
                                          StatsPeriod period);
Result<std::vector<StatsRow>> studiesBySource(const QString& dataDir, const StatsFilter& filter);

}  // namespace dicomnet::workflow
