// Two films of a patient made comparable: the prior registered onto the current and resampled
// onto its pixels, its grey levels matched to the current's (so that one window shows both),
// the map of what changed, and the curtain between them. Headless; the view shows the results.
#pragma once

#include "viewer/pixels/display_slice.h"
#include "viewer/registration/change_map.h"
#include "viewer/registration/registration.h"

#include <atomic>
#include <optional>

namespace dicomnet::viewer {

struct AlignedFilms {
    PlanarRegistration registration;
    bool kept = false;          // the transform came from an earlier registration
    DisplaySlice alignedPrior;  // on the current's pixels, in the current's modality values
    DisplaySlice difference;    // RGB: the current with what changed in colour
    ChangeMap change;
};

// Registers (unless `kept` is given) and builds the rest. Fails for colour images, or when
// `cancel` is set.
Result<AlignedFilms> alignFilms(const DisplaySlice& current, const DisplaySlice& prior,
                                const std::optional<PlanarTransform>& kept = std::nullopt,
                                const std::atomic_bool* cancel = nullptr);

// The current left of `fraction` (0…1 of the width), the aligned prior right of it.
DisplaySlice curtainSlice(const DisplaySlice& current, const DisplaySlice& alignedPrior,
                          double fraction);

}  // namespace dicomnet::viewer
