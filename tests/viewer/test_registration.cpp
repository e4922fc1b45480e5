// Registration of a prior chest film onto the current one: films with known motion rendered
// from an analytic phantom; the recovered transform must be within 0.2° and 1 pixel.
#include "synthetic_films.h"

#include "viewer/registration/registration.h"

#include <QtTest>

#include <cmath>

using namespace dicomnet;
using dicomnet::test::Film;

class TestRegistration : public QObject {
    Q_OBJECT

    // Registers a prior made with `motion` and compares: angle, scale, and where the prior's
    // corners and centre land (the pixel error that a reader would see).
    void recover(const Film& current, const Film& prior, const viewer::PlanarTransform& motion) {
        auto c = viewer::planarImageOf(test::currentFilm(current));
        auto p = viewer::planarImageOf(test::priorFilm(prior, current, motion));
        QVERIFY2(c && p, "planar images");
        auto r = viewer::registerPlanar(c.value(), p.value());
        QVERIFY2(r, qPrintable(r ? QString() : r.error()));
        const viewer::PlanarTransform& got = r.value().transform;
        qInfo(
            "expected %.2f° (%.2f, %.2f) ×%.4f; found %.2f° (%.2f, %.2f) ×%.4f in %.2f s, "
            "%d iterations",
            motion.rotationDeg, motion.txPx, motion.tyPx, motion.scale, got.rotationDeg, got.txPx,
            got.tyPx, got.scale, r.value().seconds, r.value().iterations);
        QVERIFY(std::abs(got.rotationDeg - motion.rotationDeg) <= 0.2);
        QVERIFY(std::abs(got.txPx - motion.txPx) <= 1.0);
        QVERIFY(std::abs(got.tyPx - motion.tyPx) <= 1.0);
        double worst = 0;
        const viewer::PlanarImage gc = test::geometryOf(current), gp = test::geometryOf(prior);
        for (QPointF q : {QPointF(0, 0), QPointF(prior.columns - 1, 0), QPointF(0, prior.rows - 1),
                          QPointF(prior.columns - 1, prior.rows - 1),
                          QPointF(prior.columns / 2.0, prior.rows / 2.0)}) {
            const QPointF a = viewer::mapPriorToCurrent(q, gc, gp, motion);
            const QPointF b = viewer::mapPriorToCurrent(q, gc, gp, got);
            worst = std::max(worst, std::hypot(a.x() - b.x(), a.y() - b.y()));
        }
        qInfo("largest error at the prior's corners: %.2f pixels", worst);
        QVERIFY(worst <= 1.0);
    }

private slots:
    void identityMapsPixelsToThemselves() {
        const viewer::PlanarImage g = test::geometryOf(Film{});
        const QPointF p = viewer::mapPriorToCurrent(QPointF(17, 230), g, g, {});
        QCOMPARE(p, QPointF(17, 230));
    }

    void rotationIsClockwiseOnScreen() {
        // +90° turns the x axis onto the y axis: a point right of the centre goes below it.
        Film f;
        f.columns = f.rows = 101;
        const viewer::PlanarImage g = test::geometryOf(f);
        const QPointF p = viewer::mapPriorToCurrent(QPointF(60, 50), g, g, {90, 0, 0, 1});
        QVERIFY(std::abs(p.x() - 50) < 1e-9 && std::abs(p.y() - 60) < 1e-9);
    }

    void monochrome1IsShownInverted() {
        Film f;
        f.columns = 64;
        f.rows = 80;
        f.monochrome1 = true;
        Film g = f;
        g.monochrome1 = false;
        auto a = viewer::planarImageOf(test::currentFilm(f));
        auto b = viewer::planarImageOf(test::currentFilm(g));
        QVERIFY(a && b);
        // Same presentation values: inverted storage, inverted display.
        double sum = 0;
        for (size_t i = 0; i < a.value().values.size(); ++i)
            sum += std::abs(a.value().values[i] - b.value().values[i]);
        QVERIFY(sum / double(a.value().values.size()) < 0.02);
    }

    void resampledPriorMatchesCurrent() {
        Film current, prior;
        prior.seed = 2;
        const viewer::PlanarTransform motion{4, 30, -20, 1.05};
        auto c = viewer::planarImageOf(test::currentFilm(current));
        auto p = viewer::planarImageOf(test::priorFilm(prior, current, motion));
        QVERIFY(c && p);
        const auto wrong = viewer::resampleOntoCurrent(c.value(), p.value(), {});
        const auto right = viewer::resampleOntoCurrent(c.value(), p.value(), motion);
        const auto meanDifference = [&](const viewer::PlanarImage& r) {
            double sum = 0;
            size_t n = 0;
            for (size_t i = 0; i < r.values.size(); ++i)
                if (!std::isnan(r.values[i]))
                    sum += std::abs(r.values[i] - c.value().values[i]), ++n;
            return sum / double(n);
        };
        const double aligned = meanDifference(right), unaligned = meanDifference(wrong);
        qInfo("mean difference %.4f aligned, %.4f not", aligned, unaligned);
        QVERIFY(aligned < 0.03);
        QVERIFY(unaligned > 4 * aligned);
    }

    void translationAndRotation() {
        Film current, prior;
        prior.seed = 2;
        prior.opacity = 0.8;  // what changed must not pull the alignment
        recover(current, prior, {3.5, 40, -25, 1});
    }
    void negativeRotation() {
        Film current, prior;
        prior.seed = 3;
        recover(current, prior, {-5, -30, 12, 1});
    }
    void magnification() {
        Film current, prior;
        prior.seed = 4;
        recover(current, prior, {1.5, 10, 20, 1.08});
    }
    void monochrome1PriorAgainstMonochrome2Current() {
        Film current, prior;
        prior.seed = 5;
        prior.monochrome1 = true;
        recover(current, prior, {-2.5, 18, 30, 0.95});
    }
    void largeMotion() {
        // A patient placed quite differently: 8° and a tenth of the film off.
        Film current, prior;
        prior.seed = 8;
        recover(current, prior, {-8, 100, -90, 1.06});
    }
    void differentSpacingAndSize() {
        Film current, prior;
        prior.seed = 6;
        prior.columns = 1400;
        prior.rows = 1500;
        prior.spacing = 0.22;
        recover(current, prior, {2, -22, -14, 1.03});
    }
};

QTEST_GUILESS_MAIN(TestRegistration)
#include "test_registration.moc"
