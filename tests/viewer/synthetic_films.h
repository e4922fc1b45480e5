// Chest films with known motion, for the registration tests and benchmark: rendered straight
// from the demo's analytic phantom, so that the prior is exact (no resampling of the current).
#pragma once

#include "viewer/pixels/display_slice.h"
#include "viewer/registration/registration.h"

namespace dicomnet::test {

struct Film {
    int columns = 1024, rows = 1200;
    double spacing = 0.3;  // mm
    bool monochrome1 = false;
    double opacity = 0.3;  // of the right lower lobe process (0…1)
    unsigned seed = 1;     // of the noise
};

// The current film: the patient centred and upright.
viewer::DisplaySlice currentFilm(const Film& film);
// A prior film of the same patient, placed so that `motion` maps its points onto `current`'s.
viewer::DisplaySlice priorFilm(const Film& film, const Film& current,
                               const viewer::PlanarTransform& motion);

// Geometry only (no values), for mapPriorToCurrent.
viewer::PlanarImage geometryOf(const Film& film);

}  // namespace dicomnet::test
