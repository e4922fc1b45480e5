#include "viewer/registration/film_alignment.h"

#include <QElapsedTimer>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dicomnet::viewer {

Result<AlignedFilms> alignFilms(const DisplaySlice& current, const DisplaySlice& prior,
                                const std::optional<PlanarTransform>& kept,
                                const std::atomic_bool* cancel) {
    auto c = planarImageOf(current);
    if (!c) return Error{c.error()};
    auto p = planarImageOf(prior);
    if (!p) return Error{p.error()};
    AlignedFilms out;
    if (kept) {
        out.registration.transform = *kept;
        out.kept = true;
    } else {
        auto r = registerPlanar(c.value(), p.value(), cancel);
        if (!r) return Error{r.error()};
        out.registration = r.value();
    }
    const PlanarTransform& t = out.registration.transform;
    out.change = changeBetween(c.value(), resampleOntoCurrent(c.value(), p.value(), t));

    // The prior in the current's values: presentation values resampled, matched by least
    // squares to the current's, and turned back into the current's modality values.
    const PlanarImage currentValues = presentationValues(current);
    // Where the turn uncovers the grid, the prior's nearest edge: no wedge of "no film".
    const PlanarImage aligned =
        resampleOntoCurrent(currentValues, presentationValues(prior), t, true);
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < aligned.values.size(); i += 3) {
        const double x = aligned.values[i], y = currentValues.values[i];
        if (std::isnan(x)) continue;
        n += 1, sx += x, sy += y, sxx += x * x, sxy += x * y;
    }
    const double var = sxx - sx * sx / std::max(1.0, n);
    const double gain = n > 1 && var > 0 ? (sxy - sx * sy / n) / var : 1;
    const double offset = n > 1 ? (sy - gain * sx) / n : 0;
    DisplaySlice& a = out.alignedPrior;
    a.columns = current.columns;
    a.rows = current.rows;
    a.columnSpacing = current.columnSpacing;
    a.rowSpacing = current.rowSpacing;
    a.spacingIsImagerSpacing = current.spacingIsImagerSpacing;
    a.inverse = current.inverse;
    a.windows = current.windows;
    a.voiFunction = current.voiFunction;
    a.patientOrientation = current.patientOrientation;
    a.modality = prior.modality;
    a.sopInstanceUid = prior.sopInstanceUid;
    a.instanceNumber = prior.instanceNumber;
    const float sign = current.inverse ? -1.f : 1.f;
    a.valuesFloat.resize(aligned.values.size());
    a.minValue = std::numeric_limits<double>::max();
    a.maxValue = std::numeric_limits<double>::lowest();
    for (size_t i = 0; i < aligned.values.size(); ++i) {
        const float x = aligned.values[i];
        const float v = sign * float(x * gain + offset);
        a.valuesFloat[i] = v;
        a.minValue = std::min(a.minValue, double(v));
        a.maxValue = std::max(a.maxValue, double(v));
    }

    const QImage picture = renderChange(c.value(), out.change);
    DisplaySlice& d = out.difference;
    d.columns = current.columns;
    d.rows = current.rows;
    d.columnSpacing = current.columnSpacing;
    d.rowSpacing = current.rowSpacing;
    d.spacingIsImagerSpacing = current.spacingIsImagerSpacing;
    d.patientOrientation = current.patientOrientation;
    d.modality = current.modality;
    d.rgbChannels = 3;
    d.rgb.resize(size_t(d.columns) * size_t(d.rows) * 3);
    for (int y = 0; y < d.rows; ++y)
        std::copy_n(picture.constScanLine(y), size_t(d.columns) * 3,
                    d.rgb.begin() + std::ptrdiff_t(size_t(y) * size_t(d.columns) * 3));
    d.minValue = 0;
    d.maxValue = 255;
    return out;
}

DisplaySlice curtainSlice(const DisplaySlice& current, const DisplaySlice& alignedPrior,
                          double fraction) {
    DisplaySlice s = alignedPrior;
    if (alignedPrior.valuesFloat.size() != size_t(current.columns) * size_t(current.rows)) return s;
    const int split = std::clamp(int(std::lround(fraction * current.columns)), 0, current.columns);
    for (int y = 0; y < current.rows; ++y)
        for (int x = 0; x < split; ++x) {
            const size_t i = size_t(y) * size_t(current.columns) + size_t(x);
            s.valuesFloat[i] = float(current.value(i));
        }
    s.minValue = std::min(s.minValue, current.minValue);
    s.maxValue = std::max(s.maxValue, current.maxValue);
    // The curtain's edge: a bright line a few pixels wide (seen at any zoom).
    const int line = std::max(2, current.columns / 300);
    const float bright = float(current.inverse ? s.minValue : s.maxValue);
    for (int y = 0; y < current.rows; ++y)
        for (int x = std::max(0, split - line / 2); x < std::min(current.columns, split + line / 2);
             ++x)
            s.valuesFloat[size_t(y) * size_t(current.columns) + size_t(x)] = bright;
    return s;
}

}  // namespace dicomnet::viewer
