// `dicomnet demo`: puts the demo patient (made by dicomnet, no real person's data) into the
// cache through the importer: four chest X-rays of one admission and a chest CT.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "core/synthetic_patient.h"
#include "db/cache.h"
#include "db/importer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTemporaryDir>

namespace dicomnet::cli {

int runDemo(const GlobalOptions& options) {
    QCommandLineParser parser;
    if (!parser.parse(QStringList{QStringLiteral("demo")} + options.arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QObject::tr("demo takes no arguments"));
    auto cache = db::Cache::open(options.dataDir);
    if (!cache) return failure(cache.error());
    // Made inside the data directory (dicomnet writes nowhere else), then imported.
    const QString scratch = options.dataDir + QStringLiteral("/tmp");
    QDir().mkpath(scratch);
    QTemporaryDir folder(scratch + QStringLiteral("/demo-XXXXXX"));
    if (!folder.isValid()) return failure(QObject::tr("cannot make a folder in %1").arg(scratch));
    err() << QObject::tr("making the demo patient…") << "\n";
    auto files = writeSyntheticPatient(folder.path());
    if (!files) return failure(files.error());
    const db::ImportSummary summary = db::Importer(*cache.value()).run({folder.path()});
    if (!summary.fatalError.isEmpty()) return failure(summary.fatalError);
    out() << QObject::tr(
                 "demo patient Demo^Pacient (DEMO-0001): %1 objects added, %2 already "
                 "there — four chest X-rays a few days apart and a chest CT")
                 .arg(summary.imported)
                 .arg(summary.duplicates)
          << "\n";
    return summary.clean() ? kExitOk : kExitFailure;
}

}  // namespace dicomnet::cli
