// Aligning a prior radiograph onto the current one (ITK inside, none of it in this header):
// multi-resolution, rigid then similarity, Mattes mutual information. Both images are first
// made "presentation values" — brighter on screen is higher, whatever the photometric
// interpretation — and placed in millimetres about their centres, so that a different pixel
// spacing or size is no motion.
#pragma once

#include "core/result.h"
#include "viewer/pixels/display_slice.h"

#include <QPointF>

#include <atomic>
#include <vector>

namespace dicomnet::viewer {

// A grey image ready to be registered or subtracted: presentation values scaled so that the
// 1st and 99th percentiles of the image fall on 0 and 1.
struct PlanarImage {
    int columns = 0, rows = 0;
    double columnSpacing = 1, rowSpacing = 1;  // mm between pixel centres (1 when unknown)
    std::vector<float> values;                 // row by row from the top left
    bool empty() const { return values.empty(); }
};

// From a monochrome slice: its modality values, inverted for MONOCHROME1, spacing from the
// slice (Pixel Spacing, else Imager Pixel Spacing, else 1 mm).
Result<PlanarImage> planarImageOf(const DisplaySlice& slice);
// The same values unscaled (presentation values: higher is brighter).
PlanarImage presentationValues(const DisplaySlice& monochrome);

// The transform that maps a point of the prior to the matching point of the current:
// the prior's centre goes to the current's centre moved by (txPx, tyPx); about it, the prior
// is turned by rotationDeg (positive turns the x axis toward the y axis: clockwise on screen)
// and magnified by scale. Distances are in millimetres inside, in the current's pixels here.
struct PlanarTransform {
    double rotationDeg = 0;
    double txPx = 0, tyPx = 0;  // x right, y down
    double scale = 1;
};

// Maps a pixel position (column, row) of the prior to the current's.
QPointF mapPriorToCurrent(const QPointF& priorPixel, const PlanarImage& current,
                          const PlanarImage& prior, const PlanarTransform& t);

struct PlanarRegistration {
    PlanarTransform transform;
    double seconds = 0;
    double metric = 0;  // Mattes mutual information at the end (more negative is better)
    int iterations = 0;
};

// Registers `prior` onto `current`. `cancel`, when set, stops it with an error.
Result<PlanarRegistration> registerPlanar(const PlanarImage& current, const PlanarImage& prior,
                                          const std::atomic_bool* cancel = nullptr);

// The prior resampled onto the current's pixel grid (linear interpolation); pixels that fall
// outside the prior are NaN, or with `clampToEdge` the prior's nearest edge (for showing it:
// no wedge of "no film" where the turn uncovers the grid's corner).
PlanarImage resampleOntoCurrent(const PlanarImage& current, const PlanarImage& prior,
                                const PlanarTransform& t, bool clampToEdge = false);

}  // namespace dicomnet::viewer
