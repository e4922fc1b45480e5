// `dicomnet view UID [--layout 1x2] [--screenshot FILE]`: opens a study or series in the viewer
// window; with --screenshot, saves the window once every viewport has drawn and loaded, prints
// how long the first image and the whole load took, and exits.
#include "gui/view_command.h"

#include "workflow/audit.h"
#include "workflow/eviction.h"

#include "gui/viewer_window.h"
#include "gui/volume_window.h"
#include "workflow/translations.h"

#include "viewer/widgets/image_view.h"
#include "workflow/study_for_viewing.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

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

namespace {

// What `view` was asked to show, and how.
struct ViewRequest {
    QString uid;
    int rows = 1, columns = 1;
    bool mpr = false, compare = false;
    int mode = 0;  // viewer::FilmComparison::Mode
    QString screenshot;
    bool volume = false;  // --3d
    int preset = -1;      // viewer::VolumeView::Preset; -1: by modality
    int renderer = -1;    // viewer::VolumeView::Renderer; -1: by the OpenGL found
};

// The arguments after `view`; none (and the exit code) on a usage error, said on stderr.
std::optional<ViewRequest> parseViewRequest(const QStringList& args, int& exitCode) {
    exitCode = kExitUsage;
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
    parser.addOption({QStringLiteral("3d"), QStringLiteral("the series as a volume")});
    parser.addOption({QStringLiteral("preset"), QStringLiteral("bone|lung|soft-tissue|mr|mip"),
                      QStringLiteral("PRESET")});
    parser.addOption(
        {QStringLiteral("renderer"), QStringLiteral("gpu|cpu"), QStringLiteral("RENDERER")});
    if (!parser.parse(QStringList{QStringLiteral("view")} + args)) {
        std::fprintf(stderr, "dicomnet: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    const auto layout =
        QRegularExpression(QStringLiteral("^([1-4])x([1-4])$")).match(parser.value("layout"));
    if (parser.positionalArguments().size() != 1 || !layout.hasMatch()) {
        std::fprintf(stderr,
                     "dicomnet: view UID [--layout 1x1|1x2|2x1|2x2] [--mpr] [--compare [--mode "
                     "side-by-side|changes|flicker|curtain]] [--3d [--preset "
                     "bone|lung|soft-tissue|mr|mip] [--renderer gpu|cpu]] [--screenshot FILE]\n");
        return std::nullopt;
    }
    const QStringList modes{QStringLiteral("side-by-side"), QStringLiteral("changes"),
                            QStringLiteral("flicker"), QStringLiteral("curtain")};
    const int mode = int(modes.indexOf(parser.value(QStringLiteral("mode"))));
    if (mode < 0) {
        std::fprintf(stderr,
                     "dicomnet: --mode is one of side-by-side, changes, flicker, curtain\n");
        return std::nullopt;
    }
    const QStringList presets{QStringLiteral("bone"), QStringLiteral("lung"),
                              QStringLiteral("soft-tissue"), QStringLiteral("mr"),
                              QStringLiteral("mip")};
    const QStringList renderers{QStringLiteral("gpu"), QStringLiteral("cpu")};
    ViewRequest r;
    r.volume = parser.isSet(QStringLiteral("3d"));
    r.preset = parser.isSet(QStringLiteral("preset"))
                   ? int(presets.indexOf(parser.value(QStringLiteral("preset"))))
                   : -1;
    r.renderer = parser.isSet(QStringLiteral("renderer"))
                     ? int(renderers.indexOf(parser.value(QStringLiteral("renderer"))))
                     : -1;
    if ((parser.isSet(QStringLiteral("preset")) && r.preset < 0) ||
        (parser.isSet(QStringLiteral("renderer")) && r.renderer < 0)) {
        std::fprintf(stderr,
                     "dicomnet: --preset is one of bone, lung, soft-tissue, mr, mip; "
                     "--renderer gpu or cpu\n");
        return std::nullopt;
    }
    r.uid = parser.positionalArguments()[0];
    r.rows = layout.captured(1).toInt();
    r.columns = layout.captured(2).toInt();
    r.mpr = parser.isSet(QStringLiteral("mpr"));
    r.compare = parser.isSet(QStringLiteral("compare"));
    r.mode = mode;
    r.screenshot = parser.value(QStringLiteral("screenshot"));
    return r;
}

// How long the window took, as its signals tell.
struct ViewTimes {
    qint64 firstImageMs = -1, decodeFirstMs = -1, decodeAllMs = -1;
    bool mprFailed = false;
    bool volumeFailed = false;
    QPointer<VolumeWindow> volume;
};

// With --screenshot: waits until every viewport has drawn and loaded, saves the window, prints
// the times and quits; gives up after two minutes.
int screenshotWhenLoaded(QApplication& app, ViewerWindow& window, const ViewRequest& request,
                         const ViewTimes& times, const std::function<qint64()>& elapsed) {
    int exitCode = kExitOk;
    QTimer poll, deadline;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (times.mprFailed) {
            err() << QObject::tr("this series is not a volume: no multiplanar view") << "\n";
            exitCode = kExitFailure;
            app.quit();
            return;
        }
        if (times.volumeFailed) {
            err() << QObject::tr("this series is not a volume: no 3D view") << "\n";
            exitCode = kExitFailure;
            app.quit();
            return;
        }
        if (request.compare ? !window.comparison()->settled() : !window.panel()->settled()) return;
        if (request.mpr && !window.panel()->viewport(0)->showsVolume()) return;
        if (request.volume && (!times.volume || !times.volume->view()->isVisible())) return;
        poll.stop();
        const qint64 allMs = elapsed();
        window.repaint();
        QWidget& shown = request.volume ? static_cast<QWidget&>(*times.volume) : window;
        if (request.volume) {
            // Frame rate at full quality, turning once around the patient.
            viewer::VolumeView* view = times.volume->view();
            const double fps = view->measureFramesPerSecond(36);
            const double dragging = view->measureFramesPerSecond(36, true);
            out() << QObject::tr(
                         "3D: %1 frames a second at full quality, %2 while turning, at "
                         "%3×%4, %5")
                         .arg(fps, 0, 'f', 2)
                         .arg(dragging, 0, 'f', 2)
                         .arg(view->width())
                         .arg(view->height())
                         .arg(view->rendererDescription())
                  << "\n";
            view->resetView();
            view->repaint();
        }
        if (!shown.grab().save(request.screenshot)) {
            err() << QObject::tr("cannot write %1").arg(request.screenshot) << "\n";
            exitCode = kExitFailure;
        } else {
            out() << QObject::tr(
                         "first image %1 ms, all loaded %2 ms, screenshot %3 (decoding: "
                         "first %4 ms, all %5 ms)")
                         .arg(times.firstImageMs)
                         .arg(allMs)
                         .arg(request.screenshot)
                         .arg(times.decodeFirstMs)
                         .arg(times.decodeAllMs)
                  << "\n";
            // What the comparison took: the alignment in its worker, as the window says it.
            if (request.compare)
                for (viewer::FilmComparison* film : window.comparison()->films())
                    if (const viewer::AlignedFilms* aligned = film->result())
                        out() << (aligned->kept
                                      ? QObject::tr("alignment kept with the pair")
                                      : QObject::tr("aligned in %1 s")
                                            .arg(aligned->registration.seconds, 0, 'f', 2))
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

}  // namespace

int runView(int argc, char** argv, const workflow::GlobalOptions& options) {
    // Times count from the start of main(): loading the window library is part of the wait.
    QElapsedTimer clock;
    clock.start();
    const qint64 sinceMain =
        options.startedMs ? clock.msecsSinceReference() - options.startedMs : 0;
    const std::function<qint64()> elapsed = [&] { return clock.elapsed() + sinceMain; };
    int exitCode = 0;
    const auto request = parseViewRequest(options.arguments, exitCode);
    if (!request) return exitCode;
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

    // Evicted images come back before the window opens.
    if (Status here = workflow::ensureHere(options.dataDir, request->uid); !here)
        return failure(here.error());
    auto study = workflow::studyForViewing(options.dataDir, request->uid);
    if (!study) return failure(study.error());
    if (Status s = workflow::recordAudit(options.dataDir, {QStringLiteral("study-opened"),
                                                           QStringLiteral("success"),
                                                           study->patientId,
                                                           {study->studyUid},
                                                           request->uid});
        !s)
        return failure(s.error());  // what cannot be recorded is not shown

    ViewerWindow window;
    window.resize(1280, 900);
    window.setDataDirectory(options.dataDir);
    window.showStudy(study.value(), request->rows, request->columns);
    if (request->compare) {
        QString why;
        const auto listening = QObject::connect(window.comparison(), &ComparisonController::message,
                                                [&why](const QString& text) { why = text; });
        if (!window.comparison()->compareWithPrevious()) return failure(why);
        window.comparison()->setMode(viewer::FilmComparison::Mode(request->mode));
        QObject::disconnect(listening);
    }
    ViewTimes times;
    viewer::ImageView* first = window.panel()->viewport(0);
    QObject::connect(first, &viewer::ImageView::firstImageDrawn,
                     [&] { times.firstImageMs = elapsed(); });
    QObject::connect(
        window.panel(), &viewer::ViewerPanel::viewportLoaded,
        [&](int viewport, int, qint64 firstMs, qint64 allMs) {
            if (viewport != 0) return;
            times.decodeFirstMs = firstMs;
            times.decodeAllMs = allMs;
            if (request->mpr && !window.panel()->showMpr(0)) times.mprFailed = true;
            if (request->volume) {
                times.volume = window.openVolume();
                if (!times.volume) {
                    times.volumeFailed = true;
                    return;
                }
                if (request->renderer >= 0)
                    times.volume->setRenderer(viewer::VolumeView::Renderer(request->renderer));
                if (request->preset >= 0)
                    times.volume->setPreset(viewer::VolumeView::Preset(request->preset));
            }
        });
    window.show();
    if (request->screenshot.isEmpty()) return app.exec();
    return screenshotWhenLoaded(app, window, *request, times, elapsed);
}

}  // namespace dicomnet::gui
