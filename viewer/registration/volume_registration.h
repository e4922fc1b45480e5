// Aligning a prior CT or MR volume onto the current one when they are in different frames of
// reference (another scanner, another day): rigid 3D registration (ITK, Mattes mutual
// information, multi-resolution, on volumes binned to about 2.5 mm), so that linked
// scrolling lands on the same anatomy. ITK stays inside.
#pragma once

#include "core/result.h"
#include "viewer/pixels/volume.h"

#include <atomic>

namespace dicomnet::viewer {

// p_current = rotation · p_prior + translation, in patient millimetres.
struct RigidTransform3D {
    double rotation[9] = {1, 0, 0, 0, 1, 0, 0, 0, 1};  // row by row
    double translation[3] = {0, 0, 0};
    void priorToCurrent(const double prior[3], double current[3]) const;
    void currentToPrior(const double current[3], double prior[3]) const;
};

struct VolumeRegistration {
    RigidTransform3D transform;
    double seconds = 0;
    double metric = 0;
    int iterations = 0;
};

Result<VolumeRegistration> registerVolumes(const Volume& current, const Volume& prior,
                                           const std::atomic_bool* cancel = nullptr);

// What to add to the prior's slice locations (DisplaySlice::location, mm along row × column)
// for linked scrolling: from the current volume's centre and the point of the prior it matches.
double priorScrollOffsetMm(const Volume& current, const Volume& prior, const RigidTransform3D& t);

// The patient coordinates of a volume's centre.
void volumeCentre(const Volume& v, double out[3]);

}  // namespace dicomnet::viewer
