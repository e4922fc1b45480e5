#include "workflow/maintenance.h"

#include "core/synthetic_patient.h"
#include "db/cache.h"

#include <QDir>
#include <QObject>
#include <QTemporaryDir>

namespace dicomnet::workflow {

Result<CacheCheck> checkCache(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    CacheCheck check;
    check.recovered = int(cache.value()->recoveredObjects());
    auto report = db::ConsistencyCheck::run(*cache.value());
    if (report)
        check.report = report.value();
    else
        check.error = report.error();
    return check;
}

Result<ImportSummary> addDemoPatient(const QString& dataDir, const Progress<QString>& progress) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    // Made inside the data directory (dicomnet writes nowhere else), then imported.
    const QString scratch = dataDir + QStringLiteral("/tmp");
    QDir().mkpath(scratch);
    QTemporaryDir folder(scratch + QStringLiteral("/demo-XXXXXX"));
    if (!folder.isValid()) return Error{QObject::tr("cannot make a folder in %1").arg(scratch)};
    progress.report(QObject::tr("making the demo patient…"));
    auto files = writeSyntheticPatient(folder.path());
    if (!files) return Error{files.error()};
    const db::ImportSummary summary = db::Importer(*cache.value()).run({folder.path()});
    if (!summary.fatalError.isEmpty()) return Error{summary.fatalError};
    return summary;
}

}  // namespace dicomnet::workflow
