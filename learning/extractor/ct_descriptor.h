// The chest CT descriptor (see learning/descriptor.h), computed with ITK. Internal to the
// extractor library.
#pragma once

#include "learning/descriptor.h"
#include "learning/feature_module.h"

#include <memory>
#include <vector>

namespace dicomnet::viewer {
struct DisplaySlice;
}

namespace dicomnet::learning {

// `slices`: the series' axial slices, any order (sorted here along their normal).
Descriptor describeCt(std::vector<std::shared_ptr<const viewer::DisplaySlice>> slices,
                      const SeriesToDescribe& about);

}  // namespace dicomnet::learning
