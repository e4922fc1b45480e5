// `dicomnet demo`: puts the demo patient (made by dicomnet, no real person's data) into the
// cache through the importer: four chest X-rays of one admission and a chest CT.
#include "cli/cli.h"
#include "cli/cli_output.h"

#include "workflow/maintenance.h"

#include <QCommandLineParser>

namespace dicomnet::cli {

int runDemo(const GlobalOptions& options) {
    QCommandLineParser parser;
    if (!parser.parse(QStringList{QStringLiteral("demo")} + options.arguments))
        return usageError(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return usageError(QObject::tr("demo takes no arguments"));
    auto added = workflow::addDemoPatient(
        options.dataDir,
        workflow::Progress<QString>([](const QString& step) { err() << step << "\n"; }));
    if (!added) return failure(added.error());
    const workflow::ImportSummary& summary = added.value();
    out() << QObject::tr(
                 "demo patient Demo^Pacient (DEMO-0001): %1 objects added, %2 already "
                 "there — four chest X-rays a few days apart and a chest CT")
                 .arg(summary.imported)
                 .arg(summary.duplicates)
          << "\n";
    return summary.clean() ? kExitOk : kExitFailure;
}

}  // namespace dicomnet::cli
