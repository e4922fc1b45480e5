// `dicomnet view UID [--layout 1x2] [--screenshot FILE]`: opens a study or series in the viewer
// window; with --screenshot, saves the window once every viewport has drawn and loaded, prints
// how long the first image and the whole load took, and exits.
#include "gui/view_command.h"

#include "gui/viewer_window.h"
#include "workflow/translations.h"

#include "viewer/widgets/image_view.h"
#include "workflow/study_for_viewing.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace dicomnet::gui {

using workflow::kExitFailure;
using workflow::kExitOk;
using workflow::kExitUsage;

namespace {

// The window's one command prints a few lines, as the command line does.
QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}

QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

int failure(const QString& message) {
    err() << "dicomnet: " << message << "\n";
    err().flush();
    return kExitFailure;
}

}  // namespace

int runView(int argc, char** argv, const workflow::GlobalOptions& options) {
    // Times count from the start of main(): loading the window library is part of the wait.
    QElapsedTimer clock;
    clock.start();
    const qint64 sinceMain =
        options.startedMs ? clock.msecsSinceReference() - options.startedMs : 0;
    const auto elapsed = [&] { return clock.elapsed() + sinceMain; };
    QStringList args;
    for (const QString& a : options.arguments) args << a;
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("layout"), QStringLiteral("ROWSxCOLUMNS"),
                      QStringLiteral("LAYOUT"), QStringLiteral("1x1")});
    parser.addOption(
        {QStringLiteral("screenshot"), QStringLiteral("FILE"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("mpr"), QStringLiteral("axial, coronal and sagittal planes")});
    parser.addOption({QStringLiteral("compare"), QStringLiteral("beside the previous study")});
    parser.addOption({QStringLiteral("mode"),
                      QStringLiteral("side-by-side|changes|flicker|curtain"),
                      QStringLiteral("MODE"), QStringLiteral("side-by-side")});
    if (!parser.parse(QStringList{QStringLiteral("view")} + args)) {
        std::fprintf(stderr, "dicomnet: %s\n", qPrintable(parser.errorText()));
        return kExitUsage;
    }
    const auto layout =
        QRegularExpression(QStringLiteral("^([1-4])x([1-4])$")).match(parser.value("layout"));
    if (parser.positionalArguments().size() != 1 || !layout.hasMatch()) {
        std::fprintf(stderr,
                     "dicomnet: view UID [--layout 1x1|1x2|2x1|2x2] [--mpr] [--compare [--mode "
                     "side-by-side|changes|flicker|curtain]] [--screenshot FILE]\n");
        return kExitUsage;
    }
    const QStringList modes{QStringLiteral("side-by-side"), QStringLiteral("changes"),
                            QStringLiteral("flicker"), QStringLiteral("curtain")};
    const int mode = int(modes.indexOf(parser.value(QStringLiteral("mode"))));
    if (mode < 0) {
        std::fprintf(stderr,
                     "dicomnet: --mode is one of side-by-side, changes, flicker, curtain\n");
        return kExitUsage;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr,
                     "dicomnet: no display to open the viewer on; set DISPLAY (or use "
                     "dicomnet render)\n");
        return kExitFailure;
    }
    viewer::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    workflow::describeApplication();
    workflow::installTranslations(options.language);

    auto study = workflow::studyForViewing(options.dataDir, parser.positionalArguments()[0]);
    if (!study) return failure(study.error());

    ViewerWindow window;
    window.resize(1280, 900);
    qint64 firstImageMs = -1;
    window.setDataDirectory(options.dataDir);
    window.showStudy(study.value(), layout.captured(1).toInt(), layout.captured(2).toInt());
    const bool comparing = parser.isSet(QStringLiteral("compare"));
    if (comparing) {
        QString why;
        const auto listening = QObject::connect(window.comparison(), &ComparisonController::message,
                                                [&why](const QString& text) { why = text; });
        if (!window.comparison()->compareWithPrevious()) return failure(why);
        window.comparison()->setMode(viewer::FilmComparison::Mode(mode));
        QObject::disconnect(listening);
    }
    viewer::ImageView* first = window.panel()->viewport(0);
    QObject::connect(first, &viewer::ImageView::firstImageDrawn, [&] { firstImageMs = elapsed(); });
    qint64 decodeFirstMs = -1, decodeAllMs = -1;
    bool mprFailed = false;
    QObject::connect(window.panel(), &viewer::ViewerPanel::viewportLoaded,
                     [&](int viewport, int, qint64 firstMs, qint64 allMs) {
                         if (viewport != 0) return;
                         decodeFirstMs = firstMs;
                         decodeAllMs = allMs;
                         if (parser.isSet(QStringLiteral("mpr")) && !window.panel()->showMpr(0))
                             mprFailed = true;
                     });
    window.show();
    if (!parser.isSet(QStringLiteral("screenshot"))) return app.exec();

    const QString file = parser.value(QStringLiteral("screenshot"));
    int exitCode = kExitOk;
    QTimer poll, deadline;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (mprFailed) {
            err() << QObject::tr("this series is not a volume: no multiplanar view") << "\n";
            exitCode = kExitFailure;
            app.quit();
            return;
        }
        if (comparing ? !window.comparison()->settled() : !window.panel()->settled()) return;
        if (parser.isSet(QStringLiteral("mpr")) && !window.panel()->viewport(0)->showsVolume())
            return;
        poll.stop();
        const qint64 allMs = elapsed();
        window.repaint();
        if (!window.grab().save(file)) {
            err() << QObject::tr("cannot write %1").arg(file) << "\n";
            exitCode = kExitFailure;
        } else {
            out() << QObject::tr(
                         "first image %1 ms, all loaded %2 ms, screenshot %3 (decoding: "
                         "first %4 ms, all %5 ms)")
                         .arg(firstImageMs)
                         .arg(allMs)
                         .arg(file)
                         .arg(decodeFirstMs)
                         .arg(decodeAllMs)
                  << "\n";
        }
        app.quit();
    });
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        err() << QObject::tr("the viewer did not finish loading within two minutes") << "\n";
        exitCode = kExitFailure;
        app.quit();
    });
    poll.start(10);
    deadline.setSingleShot(true);
    deadline.start(120000);
    app.exec();
    return exitCode;
}

}  // namespace dicomnet::gui
