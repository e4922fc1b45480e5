// Registration of a 2000×2400 chest film pair with known motion (rotation, shift, a 4 %
// magnification, another opacity and noise), RUNS times: seconds and the error at the prior's
// corners. Writes the pair as MetaImage files for the peer (elastix) and prints the truth.
//   dicomnet_bench_registration RUNS OUT_DIR
//   dicomnet_bench_registration corners          (the current's corners for transformix)
//   dicomnet_bench_registration evaluate-points outputpoints.txt   (the peer's error)
// The error: the largest distance, in the current's pixels, between a corner of the current
// and where the found transform and the true motion bring it back.
#include "../viewer/synthetic_films.h"

#include "viewer/registration/registration.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace dicomnet;

namespace {

bool writeMha(const QString& path, const viewer::PlanarImage& p) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    // Origin at the centre, as dicomnet places the films.
    const QString header =
        QStringLiteral(
            "ObjectType = Image\nNDims = 2\nBinaryData = True\nBinaryDataByteOrderMSB = False\n"
            "Offset = %1 %2\nElementSpacing = %3 %4\nDimSize = %5 %6\nElementType = MET_FLOAT\n"
            "ElementDataFile = LOCAL\n")
            .arg(-(p.columns - 1) / 2.0 * p.columnSpacing)
            .arg(-(p.rows - 1) / 2.0 * p.rowSpacing)
            .arg(p.columnSpacing)
            .arg(p.rowSpacing)
            .arg(p.columns)
            .arg(p.rows);
    f.write(header.toLatin1());
    f.write(reinterpret_cast<const char*>(p.values.data()),
            qint64(p.values.size() * sizeof(float)));
    return f.flush();
}

void setUp(test::Film& current, test::Film& prior) {
    current.columns = prior.columns = 2000;
    current.rows = prior.rows = 2400;
    current.spacing = prior.spacing = 0.175;
    current.opacity = 0.9;
    prior.opacity = 0.2;
    prior.seed = 7;
}

const viewer::PlanarTransform kMotion{2.5, 35, -28, 1.04};

// The largest distance, in the current's pixels, between a corner of the current and where
// it lands after `toPrior` (current pixel → prior pixel) and the true motion back.
template <typename ToPrior>
double worstCornerError(const test::Film& current, const test::Film& prior, ToPrior toPrior) {
    const viewer::PlanarImage gc = test::geometryOf(current), gp = test::geometryOf(prior);
    double worst = 0;
    for (QPointF p : {QPointF(0, 0), QPointF(current.columns - 1, 0), QPointF(0, current.rows - 1),
                      QPointF(current.columns - 1, current.rows - 1)}) {
        const QPointF back = viewer::mapPriorToCurrent(toPrior(p), gc, gp, kMotion);
        worst = std::max(worst, std::hypot(back.x() - p.x(), back.y() - p.y()));
    }
    return worst;
}

// The inverse of a found transform, current pixel → prior pixel (it is affine: three points).
QPointF inverseMap(const test::Film& current, const test::Film& prior,
                   const viewer::PlanarTransform& t, QPointF p) {
    const viewer::PlanarImage gc = test::geometryOf(current), gp = test::geometryOf(prior);
    const QPointF o = viewer::mapPriorToCurrent({0, 0}, gc, gp, t);
    const QPointF ex = viewer::mapPriorToCurrent({1, 0}, gc, gp, t) - o;
    const QPointF ey = viewer::mapPriorToCurrent({0, 1}, gc, gp, t) - o;
    const double det = ex.x() * ey.y() - ey.x() * ex.y();
    const QPointF d = p - o;
    return {(d.x() * ey.y() - ey.x() * d.y()) / det, (ex.x() * d.y() - d.x() * ex.y()) / det};
}

}  // namespace

int main(int argc, char** argv) {
    test::Film current, prior;
    setUp(current, prior);
    if (argc == 3 && std::string(argv[1]) == "evaluate-points") {
        // transformix's output: the current's corners (mm about its centre) in the prior's mm.
        QFile f(QString::fromLocal8Bit(argv[2]));
        if (!f.open(QIODevice::ReadOnly)) return 1;
        std::vector<QPointF> mapped;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const int at = line.indexOf("OutputPoint = [");
            if (at < 0) continue;
            const QList<QByteArray> xy = line.mid(at + 15).simplified().split(' ');
            mapped.emplace_back(xy.value(0).toDouble(), xy.value(1).toDouble());
        }
        if (mapped.size() != 4) return 1;
        size_t next = 0;
        const double error = worstCornerError(current, prior, [&](QPointF) {
            const QPointF mm = mapped[next++];
            return QPointF(mm.x() / prior.spacing + (prior.columns - 1) / 2.0,
                           mm.y() / prior.spacing + (prior.rows - 1) / 2.0);
        });
        std::printf("error %.2f px\n", error);
        return 0;
    }
    if (argc == 2 && std::string(argv[1]) == "corners") {
        // The current's corners in mm about its centre, as transformix reads points.
        std::printf("point\n4\n");
        for (QPointF p :
             {QPointF(0, 0), QPointF(current.columns - 1, 0), QPointF(0, current.rows - 1),
              QPointF(current.columns - 1, current.rows - 1)})
            std::printf("%.4f %.4f\n", (p.x() - (current.columns - 1) / 2.0) * current.spacing,
                        (p.y() - (current.rows - 1) / 2.0) * current.spacing);
        return 0;
    }
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const QString out = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("/tmp");
    const viewer::PlanarTransform& motion = kMotion;
    auto c = viewer::planarImageOf(test::currentFilm(current));
    auto p = viewer::planarImageOf(test::priorFilm(prior, current, motion));
    if (!c || !p) return 1;
    if (!writeMha(out + "/current.mha", c.value()) || !writeMha(out + "/prior.mha", p.value()))
        return 1;
    std::printf("truth %.4f %.4f %.4f %.5f\n", motion.rotationDeg, motion.txPx, motion.tyPx,
                motion.scale);
    for (int i = 0; i < runs; ++i) {
        auto r = viewer::registerPlanar(c.value(), p.value());
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 1;
        }
        const double worst = worstCornerError(current, prior, [&](QPointF p) {
            return inverseMap(current, prior, r.value().transform, p);
        });
        const auto& t = r.value().transform;
        std::printf("dicomnet %.3f s  error %.2f px  (%.3f° %.2f %.2f ×%.4f)\n", r.value().seconds,
                    worst, t.rotationDeg, t.txPx, t.tyPx, t.scale);
    }
    return 0;
}
