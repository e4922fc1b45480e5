// Answers query/retrieve identifiers (PS3.4 C.4) from the cache: C-FIND matches at patient,
// study, series and image level, and the instances a C-MOVE designates. Matching follows
// PS3.4 C.2.2.2: single values, * and ? wildcards (case-insensitive for names), UID lists,
// date ranges. Internal to network/ (DCMTK types).
#pragma once

#include "core/result.h"
#include "db/cache_queries.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>

#include <memory>
#include <vector>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::network {

class QueryResponder {
public:
    explicit QueryResponder(db::Cache& cache) : cache_(cache) {}
    // Each match carries the identifier's keys, filled where the cache knows them.
    Result<std::vector<std::unique_ptr<DcmDataset>>> find(DcmDataset& identifier);
    Result<std::vector<db::InstanceRow>> instancesFor(DcmDataset& identifier);

private:
    db::Cache& cache_;
};

}  // namespace dicomnet::network
