// Storing a new document (a consultation, a request) in the cache: written in a staging folder
// of the data directory, then imported like any object from outside.
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::workflow {

// Imports the one document `file` into the cache: durable, indexed, in its study.
Status storeDocument(db::Cache& cache, const QString& file);

// Writes a new document with `write(path)` in a staging folder of the data directory and
// stores it in the cache; returns what `write` returned (its SOP Instance UID).
Result<QString> writeIntoCache(const QString& dataDir, db::Cache& cache,
                               const std::function<Result<QString>(const QString& path)>& write);

}  // namespace dicomnet::workflow
