#include "synthetic_films.h"

#include "core/synthetic_patient.h"

#include <algorithm>
#include <random>

namespace dicomnet::test {

namespace {

constexpr double kHalfChestMm = 170;  // the phantom's -1…1

// Renders `film` where pixel (x, y) shows the patient at the current film's pixel `toCurrent`.
template <typename ToCurrent>
viewer::DisplaySlice render(const Film& film, const Film& current, ToCurrent toCurrent) {
    viewer::DisplaySlice s;
    s.columns = film.columns;
    s.rows = film.rows;
    s.columnSpacing = s.rowSpacing = film.spacing;
    s.inverse = film.monochrome1;
    s.modality = QStringLiteral("DX");
    s.valuesFloat.resize(size_t(film.columns) * size_t(film.rows));
    std::mt19937 random(film.seed);
    std::normal_distribution<double> noise(0, 14);
    const double cx = (current.columns - 1) / 2.0, cy = (current.rows - 1) / 2.0;
    for (int y = 0; y < film.rows; ++y) {
        for (int x = 0; x < film.columns; ++x) {
            const QPointF p = toCurrent(QPointF(x, y));
            const double u = (p.x() - cx) * current.spacing / kHalfChestMm;
            const double v = (p.y() - cy) * current.spacing / kHalfChestMm;
            double value =
                std::clamp(chestPhantom(u, v, film.opacity) + noise(random), 0.0, 4095.0);
            if (film.monochrome1) value = 4095 - value;
            s.valuesFloat[size_t(y) * size_t(film.columns) + size_t(x)] = float(value);
        }
    }
    s.minValue = 0;
    s.maxValue = 4095;
    return s;
}

}  // namespace

viewer::PlanarImage geometryOf(const Film& film) {
    viewer::PlanarImage p;
    p.columns = film.columns;
    p.rows = film.rows;
    p.columnSpacing = p.rowSpacing = film.spacing;
    return p;
}

viewer::DisplaySlice currentFilm(const Film& film) {
    return render(film, film, [](const QPointF& p) { return p; });
}

viewer::DisplaySlice priorFilm(const Film& film, const Film& current,
                               const viewer::PlanarTransform& motion) {
    const viewer::PlanarImage c = geometryOf(current), p = geometryOf(film);
    return render(film, current,
                  [&](const QPointF& q) { return viewer::mapPriorToCurrent(q, c, p, motion); });
}

}  // namespace dicomnet::test
