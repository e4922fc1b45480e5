// dicomnet: the workstation window without a subcommand, the headless command line with one.
#include "app/module_loader.h"
#include "cli/cli.h"
#include "cli/cli_output.h"
#include "workflow/process_setup.h"
#include "workflow/translations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char** argv) {
    QElapsedTimer started;
    started.start();
    dicomnet::workflow::prepareProcess();  // before any thread exists
    QStringList args;
    for (int i = 0; i < argc; ++i) args.append(QString::fromLocal8Bit(argv[i]));
    dicomnet::workflow::GlobalOptions options;
    QString error;
    const bool parsed = dicomnet::cli::parseGlobalOptions(args, options, error);
    options.startedMs = started.msecsSinceReference();
    if (parsed && options.subcommand == QLatin1String("view")) {
        if (const int refused = dicomnet::cli::admit(options)) return refused;
        return dicomnet::app::runGui(argc, argv, options);
    }
    if (parsed && options.subcommand.isEmpty()) return dicomnet::app::runGui(argc, argv, options);

    // `compare`, `render` and `consult export` draw text (into a picture, a PDF): that needs
    // fonts, hence a QGuiApplication, on Qt's offscreen platform (no display is opened).
    std::unique_ptr<QCoreApplication> app;
    const bool draws = options.subcommand == QLatin1String("compare") ||
                       options.subcommand == QLatin1String("render") ||
                       (options.subcommand == QLatin1String("consult") &&
                        options.arguments.value(0) == QLatin1String("export"));
    if (parsed && draws) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session Qt warns that XDG_RUNTIME_DIR is not set, and uses a
        // folder in /tmp: nothing the user needs to read.
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) {
                if (!message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                    std::fprintf(stderr, "%s\n", qPrintable(message));
            });
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    dicomnet::workflow::describeApplication();
    if (!parsed) return dicomnet::cli::usageError(error);
    dicomnet::workflow::installTranslations(options.language);
    if (const int refused = dicomnet::cli::admit(options)) return refused;
    if (options.subcommand == QLatin1String("compare"))
        return dicomnet::app::runCompareModule(argc, argv, options);
    return dicomnet::cli::runSubcommand(options);
}
