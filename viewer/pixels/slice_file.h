// One frame of one file as a slice, by the fastest way that reads it: the common uncompressed
// 16-bit case straight from the file, anything else through DicomPicture. For readers that take
// a file at a time (descriptors, key images) rather than a series for the view.
#pragma once

#include "viewer/pixels/display_slice.h"

#include "core/result.h"

namespace dicomnet::viewer {

Result<DisplaySlice> loadSlice(const QString& path, int frame = 0);

}  // namespace dicomnet::viewer
