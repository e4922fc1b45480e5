// Verifies the index against the file store: indexed files that are missing or whose size
// differs, files in the store that no row refers to, and counters that disagree with the rows.
#pragma once

#include "core/result.h"

#include <QStringList>

namespace dicomnet::db {

class Cache;

struct ConsistencyReport {
    qint64 instancesChecked = 0;
    qint64 filesSeen = 0;
    QStringList missingFiles;  // relative paths
    QStringList sizeMismatches;
    QStringList orphanFiles;
    QStringList badCounters;  // study/series UIDs whose counters disagree
    QStringList leftovers;    // staging folders of writers that are gone
    bool consistent() const {
        return missingFiles.isEmpty() && sizeMismatches.isEmpty() && orphanFiles.isEmpty() &&
               badCounters.isEmpty() && leftovers.isEmpty();
    }
};

class ConsistencyCheck {
public:
    static Result<ConsistencyReport> run(Cache& cache);
};

}  // namespace dicomnet::db
