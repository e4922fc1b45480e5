// Rigid 3D registration of a prior CT in another frame of reference onto the current one: both
// sampled from the demo's analytic chest, the prior turned and moved by a known motion (and
// 90 mm along the table in its own coordinates); the matched points must agree within 3 mm,
// half a slice, so that linked scrolling lands on the same anatomy.
#include "viewer/registration/volume_registration.h"

#include "core/synthetic_patient.h"

#include <QtTest>

#include <cmath>

using namespace dicomnet;
using namespace dicomnet::viewer;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kHalfField = 179;  // mm: the phantom's -1…1 across
constexpr double kLength = 300;     // mm: apex to bases

// A volume of 96 × 96 × 50 voxels of 3.73 × 3.73 × 6 mm from `origin`, whose voxel at patient
// point q shows the chest at `toCurrent(q)`.
template <typename ToCurrent>
Volume sample(const double origin[3], ToCurrent toCurrent) {
    Volume v;
    v.columns = v.rows = 96;
    v.slices = 50;
    v.columnSpacing = v.rowSpacing = 2 * kHalfField / 96;
    v.sliceSpacing = 6;
    for (int r = 0; r < 3; ++r) v.origin[r] = origin[r];
    const size_t count = size_t(v.columns) * size_t(v.rows) * size_t(v.slices);
    v.values = std::shared_ptr<int16_t>(new int16_t[count], std::default_delete<int16_t[]>());
    for (int k = 0; k < v.slices; ++k)
        for (int j = 0; j < v.rows; ++j)
            for (int i = 0; i < v.columns; ++i) {
                const double q[3] = {origin[0] + i * v.columnSpacing, origin[1] + j * v.rowSpacing,
                                     origin[2] + k * v.sliceSpacing};
                double p[3];
                toCurrent(q, p);
                v.values.get()[(size_t(k) * size_t(v.rows) + size_t(j)) * size_t(v.columns) +
                               size_t(i)] =
                    int16_t(chestCtPhantom(p[0] / kHalfField, p[1] / kHalfField, p[2] / kLength));
            }
    return v;
}

}  // namespace

class TestVolumeRegistration : public QObject {
    Q_OBJECT
private slots:
    void transformHelpers_ShouldBeInverses() {
        RigidTransform3D t;
        const double a = 0.3;
        const double r[9] = {std::cos(a), -std::sin(a), 0, std::sin(a), std::cos(a), 0, 0, 0, 1};
        std::copy(r, r + 9, t.rotation);
        t.translation[0] = 5, t.translation[1] = -2, t.translation[2] = 40;
        const double p[3] = {10, 20, 30};
        double c[3], back[3];
        t.priorToCurrent(p, c);
        t.currentToPrior(c, back);
        for (int i = 0; i < 3; ++i) QVERIFY(std::abs(back[i] - p[i]) < 1e-9);
    }

    void priorInAnotherFrame_ShouldLandOnTheSameAnatomy() {
        // The truth: p_current = R q_prior + t, R = 4° about the table axis then 2° about x.
        const double az = 4 * kPi / 180, ax = 2 * kPi / 180;
        const double rz[9] = {
            std::cos(az), -std::sin(az), 0, std::sin(az), std::cos(az), 0, 0, 0, 1};
        const double rx[9] = {1,           0, 0, 0, std::cos(ax), -std::sin(ax), 0, std::sin(ax),
                              std::cos(ax)};
        RigidTransform3D truth;
        for (int i = 0; i < 3; ++i)
            for (int j = 0; j < 3; ++j) {
                double s = 0;
                for (int k = 0; k < 3; ++k) s += rz[3 * i + k] * rx[3 * k + j];
                truth.rotation[3 * i + j] = s;
            }
        truth.translation[0] = 12, truth.translation[1] = -8, truth.translation[2] = 90;
        const double currentOrigin[3] = {-kHalfField, -kHalfField, 0};
        const double priorOrigin[3] = {-kHalfField - 12, -kHalfField + 8, -90};
        const Volume current =
            sample(currentOrigin, [](const double* q, double* p) { std::copy(q, q + 3, p); });
        const Volume prior =
            sample(priorOrigin, [&](const double* q, double* p) { truth.priorToCurrent(q, p); });
        auto r = registerVolumes(current, prior);
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        double worst = 0;
        for (int k : {5, 15, 25, 35, 45})
            for (double x : {-80.0, 0.0, 80.0}) {
                const double p[3] = {x, 0, k * 6.0};
                double expected[3], found[3];
                truth.currentToPrior(p, expected);
                r->transform.currentToPrior(p, found);
                worst = std::max(worst, std::hypot(expected[0] - found[0], expected[1] - found[1],
                                                   expected[2] - found[2]));
            }
        qInfo("largest error %.2f mm, in %.2f s, %d iterations", worst, r->seconds, r->iterations);
        QVERIFY(worst < 3);
        // Linked scrolling: the offset makes the prior's slice at the current's centre match.
        double c[3], q[3];
        volumeCentre(current, c);
        truth.currentToPrior(c, q);
        const double offset = priorScrollOffsetMm(current, prior, r->transform);
        QVERIFY2(std::abs(q[2] + offset - c[2]) < 3, qPrintable(QString::number(offset)));
    }
};

QTEST_GUILESS_MAIN(TestVolumeRegistration)
#include "test_volume_registration.moc"
