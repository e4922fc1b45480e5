// `dicomnet check`: the index against the store; exit 0 when they agree.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/maintenance.h"

namespace dicomnet::cli {

int runCheck(const GlobalOptions& options) {
    if (!options.arguments.isEmpty()) return usageError(QObject::tr("check takes no arguments"));
    auto check = workflow::checkCache(options.dataDir);
    if (!check) return failure(check.error());
    if (check->recovered > 0)
        out() << QObject::tr("recovered: indexed %1 object(s) an interrupted writer had stored")
                     .arg(check->recovered)
              << "\n";
    if (!check->report) return failure(check->error);
    const workflow::ConsistencyReport& r = *check->report;
    for (const QString& f : r.missingFiles) out() << QObject::tr("missing file: %1").arg(f) << "\n";
    for (const QString& f : r.sizeMismatches)
        out() << QObject::tr("size mismatch: %1").arg(f) << "\n";
    for (const QString& f : r.orphanFiles)
        out() << QObject::tr("not in the index: %1").arg(f) << "\n";
    for (const QString& u : r.badCounters)
        out() << QObject::tr("wrong counters: %1").arg(u) << "\n";
    for (const QString& f : r.leftovers)
        out() << QObject::tr("interrupted writer: %1").arg(f) << "\n";
    out() << QObject::tr("%1 instances, %2 files: %3")
                 .arg(r.instancesChecked)
                 .arg(r.filesSeen)
                 .arg(r.consistent() ? QObject::tr("consistent") : QObject::tr("INCONSISTENT"))
          << "\n";
    out().flush();
    return r.consistent() ? kExitOk : kExitFailure;
}

}  // namespace dicomnet::cli
