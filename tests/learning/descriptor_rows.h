// The descriptors of a cache by series UID, for the learning tests.
#pragma once

#include "db/cache.h"
#include "db/descriptor_store.h"
#include "db/sqlite.h"

#include <map>

namespace dicomnet::test {

inline std::map<QString, db::DescriptorRow> rowsBySeries(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    std::map<QString, db::DescriptorRow> rows;
    if (!cache) return rows;
    db::Connection& c = cache.value()->connection();
    db::Statement q(c, "SELECT id FROM studies");
    std::vector<qint64> studies;
    while (q.step()) studies.push_back(q.integer(0));
    db::DescriptorStore store(*cache.value());
    for (qint64 s : studies)
        for (const db::DescriptorRow& r : store.ofStudy(s).value()) rows[r.seriesUid] = r;
    return rows;
}

}  // namespace dicomnet::test
