// A consultation's key images as the reader sees them: rendered from the cache like the viewer
// does, the regions drawn on them outlined and labelled.
#pragma once

#include "consult/consultation.h"

#include <QImage>

#include <vector>

namespace dicomnet::db {
class Cache;
}
namespace dicomnet::viewer {
struct DisplaySlice;
struct Measurement;
}  // namespace dicomnet::viewer

namespace dicomnet::workflow {

// One picture per key image, longest side at most `maxSide`; an image the cache does not hold
// is a grey card saying so.
std::vector<QImage> renderKeyImages(db::Cache& cache, const consult::Consultation& c,
                                    int maxSide = 1024);
// The same from the cache in `dataDir` (none when it cannot be opened).
std::vector<QImage> renderKeyImages(const QString& dataDir, const consult::Consultation& c,
                                    int maxSide = 1024);

// Draws `annotations` (image pixel coordinates) onto `picture`, which shows an image of
// `imageWidth` columns.
void drawAnnotations(QImage& picture, int imageWidth,
                     const std::vector<consult::Annotation>& annotations);

// A measurement drawn in the viewer as the SR keeps it: a distance or an angle as a polyline,
// a rectangle as a closed polygon, an ellipse by its axes; labelled with what it measures.
consult::Annotation annotationOf(const viewer::DisplaySlice& slice, const viewer::Measurement& m);

// The image `slice` shows, with `measurements` drawn on it, as a key image.
consult::KeyImage keyImageOf(const viewer::DisplaySlice& slice,
                             const std::vector<viewer::Measurement>& measurements);

}  // namespace dicomnet::workflow
