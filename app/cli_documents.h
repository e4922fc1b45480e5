// What the consult and export subcommands share: finding a document by UID or file, storing a
// new one in the cache.
#pragma once

#include "core/result.h"

#include <QString>

#include <functional>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::app {

struct GlobalOptions;

// Imports the one document `file` into the cache: durable, indexed, in its study.
Status storeDocument(db::Cache& cache, const QString& file);

// A file given as such, or the file of an instance UID in the cache.
Result<QString> documentFile(const GlobalOptions& options, const QString& uidOrFile);

// Writes a new document with `write(path)` in a staging folder of the data directory and
// stores it in the cache; returns what `write` returned (its SOP Instance UID).
Result<QString> writeIntoCache(const QString& dataDir, db::Cache& cache,
                               const std::function<Result<QString>(const QString& path)>& write);

}  // namespace dicomnet::app
