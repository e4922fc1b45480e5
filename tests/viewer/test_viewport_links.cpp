// Linked viewports under Xvfb: scrolling follows by position in the patient within one frame
// of reference, by relative index across frames of reference, by position again once a
// registration gave the offset; zoom, pan and window follow; each link can be switched off.
#include "viewer/widgets/image_view.h"
#include "viewer/widgets/viewport_links.h"

#include <QApplication>
#include <QTest>

using namespace dicomnet::viewer;

namespace {

// `count` 16×16 slices `step` mm apart from `z0`, axial, in frame of reference `frame`.
void fill(ImageView& view, int count, double z0, double step, const QString& frame) {
    view.resetStack(count);
    for (int i = 0; i < count; ++i) {
        DisplaySlice s;
        s.columns = s.rows = 16;
        s.columnSpacing = s.rowSpacing = 1;
        s.values16 = std::shared_ptr<int16_t>(new int16_t[256](), std::default_delete<int16_t[]>());
        s.values16.get()[0] = int16_t(i);
        s.maxValue = i;
        s.hasGeometry = true;
        s.position[2] = z0 + i * step;
        s.frameOfReferenceUid = frame;
        view.setSlice(i, std::make_shared<const DisplaySlice>(std::move(s)));
    }
}

}  // namespace

class TestViewportLinks : public QObject {
    Q_OBJECT
private slots:
    void scroll_ShouldFollowByPosition_InOneFrameOfReference() {
        ImageView a, b;
        fill(a, 10, 0, 2.5, "1.2.3");
        fill(b, 20, 0, 1.25, "1.2.3");
        ViewportLinks links;
        links.setViews({&a, &b});
        a.showSlice(4);  // 10 mm
        QCOMPARE(b.currentSlice(), 8);
        b.showSlice(19);  // 23.75 mm: a's nearest is 9 (22.5 mm)
        QCOMPARE(a.currentSlice(), 9);
    }

    void scroll_ShouldFollowByIndex_AcrossFramesOfReference_ThenByPositionAfterRegistration() {
        ImageView a, b;
        fill(a, 10, 0, 2.5, "1.2.3");
        fill(b, 20, 100, 1.25, "4.5.6");  // the same anatomy 100 mm further in b's frame
        ViewportLinks links;
        links.setViews({&a, &b});
        a.showSlice(3);  // 3/9 of a's stack → 6.33/19 of b's
        QCOMPARE(b.currentSlice(), 6);
        links.setPositionOffset(&b, -100);
        a.showSlice(4);  // 10 mm in a = 110 mm in b = slice 8
        QCOMPARE(b.currentSlice(), 8);
        QCOMPARE(links.matchingSlice(&a, 9, &b), 18);
    }

    void framingAndWindow_ShouldFollow_UnlessSwitchedOff() {
        ImageView a, b;
        a.resize(300, 300);
        b.resize(300, 300);
        fill(a, 3, 0, 1, "1");
        fill(b, 3, 0, 1, "1");
        ViewportLinks links;
        links.setViews({&a, &b});
        a.zoomBy(3);
        a.panBy(12, -7);
        QVERIFY(!b.framing().fit);
        QCOMPARE(b.framing().pixelsPerMm, a.framing().pixelsPerMm);
        QCOMPARE(b.framing().panY, -7.0);
        a.setWindow(40, 400);
        QCOMPARE(b.windowCenter(), 40.0);
        links.setKinds({false, false, false});
        a.setWindow(-600, 1500);
        a.showSlice(2);
        a.panBy(5, 5);
        QCOMPARE(b.windowCenter(), 40.0);
        QCOMPARE(b.currentSlice(), 0);
        QCOMPARE(b.framing().panX, 12.0);
        links.setViews({});  // unlinked: nothing follows even with every kind on
        links.setKinds({});
        a.showSlice(1);
        QCOMPARE(b.currentSlice(), 0);
    }
};

int main(int argc, char** argv) {
    setDefaultSurfaceFormat();
    QApplication app(argc, argv);
    TestViewportLinks t;
    return QTest::qExec(&t, argc, argv);
}
#include "test_viewport_links.moc"
