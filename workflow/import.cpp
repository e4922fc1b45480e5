#include "workflow/import.h"

#include "db/cache.h"

namespace dicomnet::workflow {

Result<ImportSummary> importInto(const QString& dataDir, const QStringList& paths,
                                 const Progress<ImportProgress>& progress, int reportEveryMs) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::Importer(*cache.value())
        .run(paths, progress.reporter(), progress.cancelFlag(), reportEveryMs);
}

}  // namespace dicomnet::workflow
