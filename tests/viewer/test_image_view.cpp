// The view under Xvfb: an image is drawn (not black, not uniform), the GPU's VOI matches the
// pixel pipeline's, a window drag changes the pixels, scrolling changes the slice, and the
// viewer window loads a study from the cache.
#include "dicom_peers.h"
#include "test_data.h"
#include "viewer/pixels/dicom_picture.h"
#include "viewer/pixels/display_slice.h"
#include "viewer/pixels/fast_slice_reader.h"
#include "viewer/pixels/measurements.h"
#include "viewer/widgets/image_view.h"
#include "viewer/widgets/viewer_panel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace dicomnet;
using namespace dicomnet::test;

namespace {

std::shared_ptr<const viewer::DisplaySlice> load(const QString& file, int frame = 0) {
    auto picture = viewer::DicomPicture::open(file);
    if (!picture) return nullptr;
    auto s = picture.value()->slice(frame);
    return s ? std::make_shared<const viewer::DisplaySlice>(std::move(s.value())) : nullptr;
}

int distinctGreys(const QImage& image) {
    QSet<int> seen;
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    for (int y = 0; y < g.height(); y += 3)
        for (int x = 0; x < g.width(); x += 3) seen.insert(g.constScanLine(y)[x]);
    return seen.size();
}

}  // namespace

class TestImageView : public QObject {
    Q_OBJECT
private slots:
    void view_ShouldDrawTheImage() {
        viewer::ImageView view;
        view.resize(400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy drawn(&view, &viewer::ImageView::firstImageDrawn);
        viewer::SeriesLabel label;
        label.patient = "Test^Patient";
        label.patientId = "ID1";
        label.studyDescription = "Study";
        label.series = "Series";
        view.resetStack(1, label);
        auto slice = load(pydicomFile("test_files/CT_small.dcm"));
        QVERIFY(slice);
        view.setSlice(0, slice);
        QVERIFY(drawn.count() == 1 || drawn.wait(5000));
        const QImage shot = view.grabFramebuffer();
        QVERIFY(shot.save(testOutputDir() + "/image_view_ct.png"));
        QVERIFY2(distinctGreys(shot) > 20, "the view is black or uniform");
    }

    // At one screen pixel per image pixel, without interpolation, the GPU's window equals the
    // pixel pipeline's (dcm2pnm-verified) to one grey level; a window drag changes the picture.
    void view_ShouldMatchThePipeline_AndFollowTheWindow_data() {
        QTest::addColumn<bool>("mapped");
        QTest::newRow("decoded by the image toolkit") << false;
        QTest::newRow("samples mapped from the file") << true;
    }
    void view_ShouldMatchThePipeline_AndFollowTheWindow() {
        QFETCH(bool, mapped);
        const QString file = pydicomFile("test_files/CT_small.dcm");
        auto picture = viewer::DicomPicture::open(file);
        QVERIFY(picture.ok());
        viewer::ImageView view;
        view.setFixedSize(128, 128);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.resetStack(1);
        std::shared_ptr<const viewer::DisplaySlice> slice = load(file);
        if (mapped) {
            // CT_small ends with trailing padding, which keeps its samples from being mapped:
            // a copy without it is mapped.
            const QString bare = QDir::temp().filePath("dicomnet-ct-small-bare.dcm");
            QFile::remove(bare);
            QVERIFY(QFile::copy(file, bare));
            QFile::setPermissions(bare, QFile::ReadOwner | QFile::WriteOwner);
            QCOMPARE(runTool("dcmodify", {"-nb", "-ea", "(fffc,fffc)", bare}).exitCode, 0);
            auto common = viewer::readCommonSlice(bare);
            QVERIFY(common.ok() && common->has_value());
            QVERIFY(common.value()->stored16 != nullptr);  // signed 16-bit: drawn as stored
            slice = std::make_shared<const viewer::DisplaySlice>(std::move(*common.value()));
        }
        view.setSlice(0, slice);
        view.setSmooth(false);
        view.actualSize();
        for (const auto& [c, w] : {std::pair{40.0, 400.0}, {300.0, 1500.0}, {-600.0, 1500.0}}) {
            view.setWindow(c, w);
            const QImage gpu = view.grabFramebuffer().convertToFormat(QImage::Format_Grayscale8);
            const QImage cpu = picture.value()->render(0, viewer::VoiChoice::window(c, w)).value();
            QCOMPARE(gpu.size(), cpu.size());
            int worst = 0;
            // The corners carry text; compare the middle.
            for (int y = 30; y < 98; ++y)
                for (int x = 0; x < 128; ++x)
                    worst = std::max(worst, std::abs(int(gpu.constScanLine(y)[x]) -
                                                     int(cpu.constScanLine(y)[x])));
            QVERIFY2(
                worst <= 1,
                qPrintable(
                    QStringLiteral("window %1/%2: %3 grey levels apart").arg(c).arg(w).arg(worst)));
        }
        // A drag with the left button changes the window, and the picture with it.
        view.setWindow(40, 400);
        const QImage before = view.grabFramebuffer();
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(60, 60));
        QMouseEvent move(QEvent::MouseMove, QPointF(100, 90), QPointF(100, 90), Qt::LeftButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(100, 90));
        QVERIFY(view.windowWidth() > 400);
        QVERIFY(view.windowCenter() > 40);
        QVERIFY(view.grabFramebuffer() != before);
    }

    // Scrolling moves through the stack and shows another slice.
    void view_ShouldScrollThroughTheStack() {
        viewer::ImageView view;
        view.resize(300, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString file = pydicomFile("test_files/rtdose.dcm");  // 15 frames
        view.resetStack(15);
        for (int f = 0; f < 15; ++f) view.setSlice(f, load(file, f));
        view.setWindow(0.5e6, 1e6);  // the same window for every frame
        const QImage first = view.grabFramebuffer();
        QSignalSpy changed(&view, &viewer::ImageView::sliceChanged);
        QWheelEvent wheel(QPointF(150, 150), view.mapToGlobal(QPointF(150, 150)), QPoint(),
                          QPoint(0, -120 * 7), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                          false);
        QApplication::sendEvent(&view, &wheel);
        QCOMPARE(view.currentSlice(), 7);
        QCOMPARE(changed.count(), 1);
        QVERIFY(view.grabFramebuffer() != first);
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.currentSlice(), 14);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.currentSlice(), 0);
        QCOMPARE(view.grabFramebuffer(), first);
    }

    // A distance drawn with the mouse reads what the pixel spacing says; the edges carry the
    // patient directions; the scroll bar moves through the stack.
    void view_ShouldMeasureAndLabel() {
        viewer::ImageView view;
        view.resize(400, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString file = pydicomFile("test_files/CT_small.dcm");
        auto slice = load(file);
        view.resetStack(2);
        view.setSlice(0, slice);
        view.setSlice(1, slice);
        QVERIFY(QTest::qWaitFor([&] { return view.imageShown(); }, 5000));
        QCOMPARE(view.rightEdgeLabel(), QString("L"));
        QCOMPARE(view.bottomEdgeLabel(), QString("P"));
        view.rotate90();
        QCOMPARE(view.rightEdgeLabel(), QString("A"));
        view.rotate90();
        view.rotate90();
        view.rotate90();
        view.setTool(viewer::ImageView::Tool::Distance);
        const QPointF a = view.widgetPoint({10, 64}), b = view.widgetPoint({110, 64});
        QTest::mousePress(&view, Qt::LeftButton, {}, a.toPoint());
        QMouseEvent move(QEvent::MouseMove, b, view.mapToGlobal(b), Qt::LeftButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&view, &move);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, b.toPoint());
        QCOMPARE(view.measurements(0).size(), size_t(1));
        const double expected =
            viewer::distanceMm(*slice, view.imagePoint(a.toPoint()), view.imagePoint(b.toPoint()));
        QVERIFY(std::abs(expected - 100 * slice->columnSpacing) < 2 * slice->columnSpacing);
        QCOMPARE(view.measurementTexts(0).value(0),
                 QStringLiteral("%1 mm").arg(expected, 0, 'f', 1));
        QVERIFY(view.grab().save(testOutputDir() + "/image_view_measure.png"));
        auto* scroll = view.findChild<QScrollBar*>("stackScroll");
        QVERIFY(scroll && scroll->isVisible());
        scroll->setValue(1);
        QCOMPARE(view.currentSlice(), 1);
        QVERIFY(view.measurements(1).empty());  // measurements belong to their slice
    }

    void panel_ShouldDrawEachViewport() {
        viewer::ViewerPanel panel;
        panel.resize(1000, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        std::vector<viewer::SeriesEntry> series;
        for (const char* f : {"CT_small.dcm", "MR_small.dcm"}) {
            viewer::SeriesEntry e;
            e.title = f;
            e.files << pydicomFile(QString("test_files/") + f);
            e.label.patient = "Patient";
            e.label.patientId = "ID";
            e.label.studyDescription = "Study";
            e.label.series = f;
            series.push_back(e);
        }
        panel.setSeries(series);
        panel.setGrid(1, 2);
        panel.showFirstSeries();
        QVERIFY(QTest::qWaitFor([&] { return panel.settled(); }, 10000));
        QTest::qWait(200);
        QVERIFY(panel.grab().save(testOutputDir() + "/viewer_panel.png"));
        QVERIFY(panel.viewport(0)->grabFramebuffer().save(testOutputDir() + "/viewer_panel_0.png"));
        QVERIFY(distinctGreys(panel.viewport(1)->grabFramebuffer()) > 20);
    }
};

int main(int argc, char** argv) {
    viewer::setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestImageView test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_image_view.moc"
