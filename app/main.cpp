// dicomnet: the workstation window without a subcommand, the headless command line with one.
#include "cli.h"
#include "cli_output.h"
#include "gui_loader.h"
#include "translations.h"

#include "network/network_setup.h"

#include <QCoreApplication>
#include <QElapsedTimer>

int main(int argc, char** argv) {
    QElapsedTimer started;
    started.start();
    dicomnet::network::configureNetworking();  // before any thread exists
    QStringList args;
    for (int i = 0; i < argc; ++i) args.append(QString::fromLocal8Bit(argv[i]));
    dicomnet::app::GlobalOptions options;
    QString error;
    const bool parsed = dicomnet::app::parseGlobalOptions(args, options, error);
    options.startedMs = started.msecsSinceReference();
    if (parsed && (options.subcommand.isEmpty() || options.subcommand == QLatin1String("view")))
        return dicomnet::app::runGui(argc, argv, options);

    QCoreApplication app(argc, argv);
    dicomnet::app::describeApplication();
    if (!parsed) return dicomnet::app::usageError(error);
    dicomnet::app::installTranslations(options.language);
    return dicomnet::app::runSubcommand(options);
}
