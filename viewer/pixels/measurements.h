// What a radiologist measures on a slice, in the slice's own terms: a distance or an angle in
// millimetres and degrees (from Pixel Spacing; from Imager Pixel Spacing with a note that it is
// at the detector; in pixels when neither is known), and a rectangle or ellipse region with the
// mean, standard deviation, minimum and maximum of its modality values (HU for CT) and its area.
// Points are in image pixel coordinates (column, row; pixel centres on whole numbers). No Qt
// widgets, no VTK: testable headless.
#pragma once

#include "viewer/pixels/display_slice.h"

#include <QPointF>
#include <QString>

#include <vector>

namespace dicomnet::viewer {

struct Measurement {
    enum class Kind { Distance, Angle, Rectangle, Ellipse };
    Kind kind = Kind::Distance;
    std::vector<QPointF>
        points;  // 2 (distance, rectangle/ellipse corners) or 3 (angle: a, vertex, b)
};

struct RegionStatistics {
    int pixels = 0;
    double mean = 0, sd = 0, min = 0, max = 0;
    double areaMm2 = 0;  // 0 when the spacing is unknown
};

double distanceMm(const DisplaySlice& s, QPointF a, QPointF b);  // pixels without spacing
double angleDegrees(const DisplaySlice& s, QPointF a, QPointF vertex, QPointF b);
// Over the pixels whose centres lie inside; nothing for colour slices.
RegionStatistics regionStatistics(const DisplaySlice& s, const Measurement& region);
// What the view writes beside the measurement, e.g. "42.3 mm", "37.5°",
// "mean 41.2 SD 8.3 HU (min 12, max 70), 153.9 mm²".
QString describe(const DisplaySlice& s, const Measurement& m);

// The patient directions of the screen's right and down, as letters (e.g. "L", "PH"), from
// the slice's orientation: Image Orientation (Patient), else Patient Orientation. Empty when
// unknown.
struct ScreenDirections {
    QString right, down;
};
ScreenDirections screenDirections(const DisplaySlice& s, double rightX, double rightY, double downX,
                                  double downY);
QString oppositeDirection(const QString& letters);

}  // namespace dicomnet::viewer
