// Window/level speed on a 3000×3000 16-bit image: frames per second of the view (VTK reslices
// the image to the 800×800 viewport and maps it through the window) as a drag produces them,
// beside renders per second of DCMTK's image toolkit at full size (as dcm2pnm and the `render`
// command do). Medians of RUNS runs of 120 frames.
// Then, given a folder of a series, the time to its first image and to all of it when opened in
// a viewer that is already running, and scrolling through it in two linked viewports.
//   dicomnet_bench_window RUNS WORK_DIR [SERIES_DIR]   (under Xvfb)
#include "viewer/pixels/dicom_picture.h"
#include "viewer/pixels/display_slice.h"
#include "viewer/widgets/image_view.h"
#include "viewer/widgets/viewer_panel.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSurfaceFormat>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace dicomnet;

namespace {

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

bool writeBigImage(const QString& path, int n) {
    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    char uid[100];
    ds.putAndInsertString(DCM_SOPClassUID, UID_DigitalXRayImageStorageForPresentation);
    ds.putAndInsertString(DCM_SOPInstanceUID, dcmGenerateUniqueIdentifier(uid));
    ds.putAndInsertString(DCM_StudyInstanceUID, dcmGenerateUniqueIdentifier(uid));
    ds.putAndInsertString(DCM_SeriesInstanceUID, dcmGenerateUniqueIdentifier(uid));
    ds.putAndInsertString(DCM_Modality, "DX");
    ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds.putAndInsertUint16(DCM_Rows, Uint16(n));
    ds.putAndInsertUint16(DCM_Columns, Uint16(n));
    ds.putAndInsertUint16(DCM_BitsAllocated, 16);
    ds.putAndInsertUint16(DCM_BitsStored, 16);
    ds.putAndInsertUint16(DCM_HighBit, 15);
    ds.putAndInsertUint16(DCM_PixelRepresentation, 0);
    ds.putAndInsertString(DCM_WindowCenter, "20000");
    ds.putAndInsertString(DCM_WindowWidth, "40000");
    std::vector<Uint16> pixels(size_t(n) * n);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            pixels[size_t(y) * n + x] =
                Uint16(30000 + 20000 * std::sin(x * 0.01) * std::cos(y * 0.013) + (x ^ y) % 97);
    ds.putAndInsertUint16Array(DCM_PixelData, pixels.data(),
                               static_cast<unsigned long>(pixels.size()));
    return file.saveFile(path.toLocal8Bit().constData(), EXS_LittleEndianExplicit).good();
}

}  // namespace

int main(int argc, char** argv) {
    viewer::setDefaultSurfaceFormat();
    {
        // No wait for the display's refresh: the frame rate the view could reach.
        QSurfaceFormat format = QSurfaceFormat::defaultFormat();
        format.setSwapInterval(0);
        QSurfaceFormat::setDefaultFormat(format);
    }
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    const QString work = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp");
    const QString path = work + QStringLiteral("/big3000.dcm");
    if (!writeBigImage(path, 3000)) return 1;
    auto picture = viewer::DicomPicture::open(path);
    if (!picture) return 1;
    auto slice = picture.value()->slice(0);
    if (!slice) return 1;
    auto shared = std::make_shared<const viewer::DisplaySlice>(std::move(slice.value()));

    viewer::ImageView view;
    view.setFixedSize(800, 800);
    view.show();
    view.resetStack(1);
    view.setSlice(0, shared);
    QElapsedTimer wait;
    wait.start();
    while (!view.imageShown() && wait.elapsed() < 20000)
        app.processEvents(QEventLoop::AllEvents, 20);
    if (!view.imageShown()) {
        QTextStream(stderr) << "the view never drew the image\n";
        return 1;
    }
    const int frames = 120;
    std::vector<double> gpu, cpu, paint;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer clock;
        clock.start();
        const int before = view.framesDrawn();
        const double paintedBefore = view.paintMilliseconds();
        for (int f = 0; f < frames; ++f) {
            // As a drag does: a new window, then the event loop until it is on screen.
            const int drawn = view.framesDrawn();
            view.setWindow(20000 + f * 50, 40000 - f * 100);
            while (view.framesDrawn() == drawn) app.processEvents(QEventLoop::AllEvents);
        }
        gpu.push_back((view.framesDrawn() - before) * 1000.0 /
                      std::max<qint64>(1, clock.elapsed()));
        paint.push_back((view.paintMilliseconds() - paintedBefore) /
                        std::max(1, view.framesDrawn() - before));
        clock.restart();
        const int cpuFrames = qEnvironmentVariableIsSet("DICOMNET_BENCH_GPU_ONLY") ? 1 : 10;
        for (int f = 0; f < cpuFrames; ++f)
            picture.value()->render(0, viewer::VoiChoice::window(20000 + f * 50, 40000 - f * 100));
        cpu.push_back(cpuFrames * 1000.0 / std::max<qint64>(1, clock.elapsed()));
    }
    out << "window/level, 3000×3000 16-bit, 800×800 viewport, " << runs << " runs (medians)\n";
    out << "view (VTK, drawn 800×800):         " << QString::number(median(gpu), 'f', 1)
        << " frames/s   goal ≥ 60\n";
    out << "  one frame drawn in " << QString::number(median(paint), 'f', 2)
        << " ms (Qt shows at most one frame per display refresh, 60 Hz)\n";
    out << "DCMTK image toolkit (3000×3000):   " << QString::number(median(cpu), 'f', 1)
        << " renders/s\n";
    out << "  (the toolkit's renders stay in memory: none is put on the screen)\n";

    // Opening a series in a running viewer (its OpenGL set up): the workstation's case.
    const QString seriesDir = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    if (seriesDir.isEmpty()) return 0;
    QStringList files;
    QDirIterator it(seriesDir, {QStringLiteral("*.dcm")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) files << it.next();
    files.sort();
    viewer::ViewerPanel panel;
    panel.resize(1000, 800);
    panel.show();
    panel.setSeries({{QStringLiteral("ct"), QStringLiteral("CT"), files, {}}});
    std::vector<double> first, all;
    for (int r = 0; r <= runs; ++r) {
        QElapsedTimer clock;
        clock.start();
        qint64 firstMs = -1;
        auto connection = QObject::connect(panel.viewport(0), &viewer::ImageView::firstImageDrawn,
                                           [&] { firstMs = clock.elapsed(); });
        panel.showSeries(0, 0);
        while (!panel.settled() || firstMs < 0) app.processEvents(QEventLoop::AllEvents, 5);
        QObject::disconnect(connection);
        if (r == 0) continue;  // the first one sets OpenGL up
        first.push_back(double(firstMs));
        all.push_back(double(clock.elapsed()));
    }
    out << "a " << files.size() << "-image series opened in a running viewer, " << runs
        << " runs (medians)\n";
    out << "  first image " << median(first) << " ms   goal < 150 ms\n";
    out << "  whole series ready " << median(all) << " ms\n";

    // Linked scrolling through a pair of series (the same CT twice, one frame of reference:
    // linked by position), beside scrolling one viewport alone: frames per second, every
    // viewport drawn before the next step, as a held arrow key does.
    panel.resize(1400, 800);
    panel.setSeries({{QStringLiteral("a"), QStringLiteral("CT"), files, {}},
                     {QStringLiteral("b"), QStringLiteral("CT prior"), files, {}}});
    panel.setGrid(1, 2);
    panel.showSeries(0, 0);
    panel.showSeries(1, 1);
    while (!panel.settled()) app.processEvents(QEventLoop::AllEvents, 5);
    viewer::ImageView* a = panel.viewport(0);
    viewer::ImageView* b = panel.viewport(1);
    std::vector<double> paintShare;  // of a step's time, in paintGL (the rest: Qt, X)
    const auto scroll = [&](bool linked) {
        panel.links()->setViews(linked ? std::vector<viewer::ImageView*>{a, b}
                                       : std::vector<viewer::ImageView*>{});
        a->showSlice(0);
        b->showSlice(0);
        while (!a->upToDate() || !b->upToDate()) app.processEvents(QEventLoop::AllEvents, 5);
        QElapsedTimer clock;
        clock.start();
        const double paintA = a->paintMilliseconds(), paintB = b->paintMilliseconds();
        const int framesA = a->framesDrawn(), framesB = b->framesDrawn();
        const int n = a->sliceCount();
        for (int i = 1; i < n; ++i) {
            const int drawnA = a->framesDrawn(), drawnB = b->framesDrawn();
            a->showSlice(i);
            while (a->framesDrawn() == drawnA || (linked && b->framesDrawn() == drawnB))
                app.processEvents(QEventLoop::AllEvents);
        }
        if (linked && b->currentSlice() != n - 1) return -1.0;  // did not follow
        const int drawn = (a->framesDrawn() - framesA) + (b->framesDrawn() - framesB);
        paintShare.push_back((a->paintMilliseconds() - paintA + b->paintMilliseconds() - paintB) /
                             std::max(1, drawn) * (linked ? 2 : 1) * (n - 1) /
                             std::max<qint64>(1, clock.elapsed()));
        return (n - 1) * 1000.0 / std::max<qint64>(1, clock.elapsed());
    };
    std::vector<double> linkedFps, aloneFps;
    for (int r = 0; r < runs; ++r) {
        aloneFps.push_back(scroll(false));
        linkedFps.push_back(scroll(true));
    }
    out << "scrolling " << files.size() << " slices, " << runs << " runs (medians)\n";
    out << "  two linked viewports, both drawn each step: "
        << QString::number(median(linkedFps), 'f', 1) << " steps/s   goal ≥ 30\n";
    out << "  one viewport alone:                         "
        << QString::number(median(aloneFps), 'f', 1) << " steps/s\n";
    out << "  (VTK's drawing is " << int(100 * median(paintShare))
        << " % of a step; the rest is Qt composing the window and the X server, both on the "
           "CPU here)\n";
    return 0;
}
