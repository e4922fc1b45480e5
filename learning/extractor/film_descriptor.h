// The chest film descriptor (see learning/descriptor.h), computed with ITK. Internal to the
// extractor library.
#pragma once

#include "learning/descriptor.h"
#include "learning/feature_module.h"

namespace dicomnet::viewer {
struct DisplaySlice;
}

namespace dicomnet::learning {

Descriptor describeFilm(const viewer::DisplaySlice& film, const SeriesToDescribe& about);

}  // namespace dicomnet::learning
