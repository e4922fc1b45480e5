#include "workflow/statistics.h"

#include "db/cache.h"

namespace dicomnet::workflow {

Result<std::vector<StatsRow>> studyVolume(const QString& dataDir, const StatsFilter& filter,
                                          StatsPeriod period) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::Statistics(*cache.value()).volume(filter, period);
}

Result<std::vector<StatsRow>> studiesBySource(const QString& dataDir, const StatsFilter& filter) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::Statistics(*cache.value()).bySource(filter);
}

}  // namespace dicomnet::workflow
