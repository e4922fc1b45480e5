#include "workflow/import.h"

#include "workflow/audit.h"

#include "db/cache.h"

namespace dicomnet::workflow {

Result<ImportSummary> importInto(const QString& dataDir, const QStringList& paths,
                                 const Progress<ImportProgress>& progress, int reportEveryMs) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    ImportSummary summary =
        db::Importer(*cache.value())
            .run(paths, progress.reporter(), progress.cancelFlag(), reportEveryMs);
    // One record per study brought in, not per object.
    const QString from =
        paths.size() == 1 ? paths.front() : QStringLiteral("%1 paths").arg(paths.size());
    const QString outcome = !summary.fatalError.isEmpty() ? summary.fatalError
                            : summary.cancelled           ? QStringLiteral("cancelled")
                                                          : QStringLiteral("success");
    for (const auto& [uid, study] : summary.studies)
        if (Status s = recordAudit(
                dataDir, {QStringLiteral("imported"),
                          outcome,
                          study.patientId,
                          {uid},
                          QStringLiteral("from %1: %2 object(s)").arg(from).arg(study.objects)});
            !s)
            summary.warnings.append(s.error());
    return summary;
}

}  // namespace dicomnet::workflow
