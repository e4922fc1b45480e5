// 3D volume rendering under Xvfb (Mesa's llvmpipe), with both ray casters: a phantom of air
// with a soft-tissue ball in the middle and a bone block on the patient's left. From the front
// the block must show on the right of the screen (the patient faces the reader), the bone
// preset must hide the soft tissue and the soft-tissue preset show it, and cropping away the
// patient's left half must take the block away. Frame rates are printed, not judged.
#include "test_data.h"
#include "viewer/widgets/volume_view.h"

#include <QApplication>
#include <QTest>

#include <cmath>

using namespace dicomnet;
using viewer::VolumeView;

namespace {

constexpr int kSize = 64;

std::shared_ptr<const viewer::Volume> phantom() {
    auto v = std::make_shared<viewer::Volume>();
    v->columns = v->rows = v->slices = kSize;
    v->columnSpacing = v->rowSpacing = v->sliceSpacing = 2;
    v->values = std::shared_ptr<int16_t>(new int16_t[size_t(kSize) * kSize * kSize],
                                         std::default_delete<int16_t[]>());
    for (int k = 0; k < kSize; ++k)
        for (int j = 0; j < kSize; ++j)
            for (int i = 0; i < kSize; ++i) {
                int16_t value = -1000;
                const double r = std::hypot(i - 32.0, j - 32.0, k - 32.0);
                if (r < 12) value = 40;  // soft tissue, centre
                if (i >= 48 && i < 58 && std::abs(j - 32) < 6 && std::abs(k - 32) < 6)
                    value = 1200;  // bone, towards +x: the patient's left
                v->values.get()[(size_t(k) * kSize + j) * kSize + i] = value;
            }
    v->minValue = -1000;
    v->maxValue = 1200;
    return v;
}

// How much of each half of the picture is not background.
struct Halves {
    double left = 0, right = 0, centre = 0;
};
Halves look(const QImage& image) {
    Halves h;
    int left = 0, right = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const bool lit = qGray(image.pixel(x, y)) > 20;
            (x < image.width() / 2 ? left : right) += lit;
        }
    const double half = image.width() / 2.0 * image.height();
    h.left = left / half;
    h.right = right / half;
    h.centre = qGray(image.pixel(image.width() / 2, image.height() / 2));
    return h;
}

}  // namespace

class TestVolumeView : public QObject {
    Q_OBJECT

private slots:
    void rendering_ShouldShowAnatomyWhereItIs_data() {
        QTest::addColumn<int>("renderer");
        QTest::newRow("GPU ray casting") << int(VolumeView::Renderer::Gpu);
        QTest::newRow("CPU ray casting") << int(VolumeView::Renderer::Cpu);
    }
    void rendering_ShouldShowAnatomyWhereItIs() {
        QFETCH(int, renderer);
        VolumeView view;
        view.resize(400, 400);
        view.setRenderer(VolumeView::Renderer(renderer));
        viewer::SeriesLabel label;
        label.patient = QStringLiteral("Phantom");
        view.setVolume(phantom(), label);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.renderer(), VolumeView::Renderer(renderer));
        QCOMPARE(view.axisName(0), QStringLiteral("R→L"));
        QCOMPARE(view.axisName(1), QStringLiteral("A→P"));
        QCOMPARE(view.axisName(2), QStringLiteral("F→H"));

        // Bone: only the block, on the right of the screen (the patient's left).
        view.setPreset(VolumeView::Preset::Bone);
        QImage bone = view.grabFramebuffer();
        const Halves b = look(bone);
        QVERIFY2(b.right > 0.01 && b.left < 0.001,
                 qPrintable(QStringLiteral("left %1 right %2").arg(b.left).arg(b.right)));
        QVERIFY2(b.centre < 20, "the soft tissue ball shows under the bone preset");

        // Soft tissue: the ball in the middle too.
        view.setPreset(VolumeView::Preset::SoftTissue);
        const Halves s = look(view.grabFramebuffer());
        QVERIFY2(s.centre > 20 && s.left > 0.003,
                 qPrintable(QStringLiteral("centre %1 left %2").arg(s.centre).arg(s.left)));

        // MIP: grey, the ball in the middle and the block (brighter) on the right.
        view.setPreset(VolumeView::Preset::Mip);
        const QImage mip = view.grabFramebuffer();
        const Halves m = look(mip);
        const QRgb centre = mip.pixel(mip.width() / 2, mip.height() / 2);
        QVERIFY2(m.centre > 20 && qRed(centre) == qGreen(centre) && qGreen(centre) == qBlue(centre),
                 qPrintable(QStringLiteral("centre %1").arg(m.centre)));
        int brightest = 0;
        for (int x = mip.width() / 2; x < mip.width(); ++x)
            brightest = std::max(brightest, qGray(mip.pixel(x, mip.height() / 2)));
        QVERIFY2(brightest > m.centre + 50, qPrintable(QString::number(brightest)));

        // Crop away the patient's left half (columns 0.5…1): the block goes.
        view.setPreset(VolumeView::Preset::Bone);
        view.setCropping({0, 0.5, 0, 1, 0, 1});
        const Halves c = look(view.grabFramebuffer());
        QVERIFY2(c.right < 0.001, qPrintable(QStringLiteral("right %1").arg(c.right)));
        view.setCropping({0, 1, 0, 1, 0, 1});

        // Turned 180° about the head-foot axis (seen from behind), the block is on the left.
        view.turn(180, 0);
        const Halves t = look(view.grabFramebuffer());
        QVERIFY2(t.left > 0.01 && t.right < 0.001,
                 qPrintable(QStringLiteral("left %1 right %2").arg(t.left).arg(t.right)));
        view.resetView();

        bone.save(test::testOutputDir() + QStringLiteral("/volume_view_%1.png").arg(renderer));
        const double fps = view.measureFramesPerSecond(12);
        QVERIFY(fps > 0);
        qInfo("%s: %.1f frames a second at 400×400 (%s)", QTest::currentDataTag(), fps,
              qPrintable(view.rendererDescription()));
    }
};

QTEST_MAIN(TestVolumeView)
#include "test_volume_view.moc"
