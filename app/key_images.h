// A consultation's key images as the reader sees them: rendered from the cache like the viewer
// does, the regions drawn on them outlined and labelled.
#pragma once

#include "consult/consultation.h"

#include <QImage>

#include <vector>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::app {

// One picture per key image, longest side at most `maxSide`; an image the cache does not hold
// is a grey card saying so.
std::vector<QImage> renderKeyImages(db::Cache& cache, const consult::Consultation& c,
                                    int maxSide = 1024);

// Draws `annotations` (image pixel coordinates) onto `picture`, which shows an image of
// `imageWidth` columns.
void drawAnnotations(QImage& picture, int imageWidth,
                     const std::vector<consult::Annotation>& annotations);

}  // namespace dicomnet::app
