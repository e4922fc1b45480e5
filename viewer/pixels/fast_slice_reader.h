// The common case read fast: a single-frame, uncompressed, monochrome image with 16-bit samples
// and an integer rescale (CT, most MR and X-ray). DCMTK parses the attributes, and the samples
// go straight from the file into the slice's memory, turned into modality values in the same
// pass — no image toolkit, no second copy. Anything else says "not mine" (an empty result and
// no error) and is left to DicomPicture. Internal to viewer/.
#pragma once

#include "viewer/pixels/display_slice.h"

#include "core/result.h"

#include <memory>
#include <optional>

namespace dicomnet::viewer {

class SliceArena;

// nullopt: not the common case (use DicomPicture). An error: the file is damaged. The values
// go into piece `index` of `arena` when they fit it, else into memory of their own.
Result<std::optional<DisplaySlice>> readCommonSlice(const QString& path,
                                                    const std::shared_ptr<SliceArena>& arena = {},
                                                    int index = 0);

}  // namespace dicomnet::viewer
