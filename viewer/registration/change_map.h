// What changed between a prior film, aligned onto the current one, and the current: the
// difference after the prior's grey levels are matched to the current's (another exposure,
// another processing), smoothed over about a millimetre and shown over the current in two
// colours — denser than before (new or growing opacity) and clearer than before.
#pragma once

#include "viewer/registration/registration.h"

#include <QColor>
#include <QImage>

namespace dicomnet::viewer {

struct ChangeMap {
    PlanarImage difference;       // current − matched prior, presentation units; NaN outside
    double noise = 0;             // robust standard deviation of the difference
    double gain = 1, offset = 0;  // prior·gain + offset ≈ current, least squares
    double denserFraction = 0, clearerFraction = 0;  // of the overlap, beyond 3 × noise
};

// `alignedPrior` on the current's grid (resampleOntoCurrent).
ChangeMap changeBetween(const PlanarImage& current, const PlanarImage& alignedPrior);

inline QColor denserColour() { return QColor(255, 110, 0); }
inline QColor clearerColour() { return QColor(0, 150, 255); }

// The current film in grey with the changes beyond 3 × noise in colour (RGB888).
QImage renderChange(const PlanarImage& current, const ChangeMap& change);
// The same with a legend strip below it (needs a QGuiApplication for the text).
QImage renderChangeWithLegend(const PlanarImage& current, const ChangeMap& change);

}  // namespace dicomnet::viewer
