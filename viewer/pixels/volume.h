// A CT or MR series as a volume, for multiplanar reformatting: the loaded slices when they have
// one size and orientation and lie evenly spaced along their normal, in one block of memory
// (the series arena: no copy). Planes through it — axial (as acquired), coronal, sagittal —
// are described for the view, and their pixels taken out for measurements. No VTK.
#pragma once

#include "viewer/pixels/display_slice.h"

#include <memory>
#include <optional>
#include <vector>

namespace dicomnet::viewer {

struct Volume {
    int columns = 0, rows = 0, slices = 0;
    double columnSpacing = 1, rowSpacing = 1, sliceSpacing = 1;  // mm
    // Voxel (i, j, k) is at values[(k * rows + j) * columns + i]; k counts along `normal`.
    std::shared_ptr<int16_t> values;
    // Patient coordinates: voxel (i, j, k) at origin + i·cs·rowDirection + j·rs·columnDirection
    // + k·ss·normal.
    double origin[3] = {0, 0, 0};
    double rowDirection[3] = {1, 0, 0}, columnDirection[3] = {0, 1, 0}, normal[3] = {0, 0, 1};
    std::shared_ptr<const DisplaySlice> first;  // windows, VOI function, modality, inverse…
    double minValue = 0, maxValue = 0;
};

// Whether `slices` (in stack order, all loaded) make a volume, and the volume when they do.
// Slices whose values sit one after the other in memory are used as they are; otherwise they
// are copied into a block of their own. Nothing for fewer than 8 slices, colour, uneven or
// tilted spacing, or sizes that differ.
std::optional<Volume> volumeFromStack(
    const std::vector<std::shared_ptr<const DisplaySlice>>& slices);

enum class Plane { Axial, Coronal, Sagittal };

// A plane through the volume, in the volume's own axes (voxel index × spacing): its pixel
// (x, y) at position p is origin + x·columnSpacing·right + y·rowSpacing·down + p·step·normal.
// right, down and normal are ± the volume's axes; down points to the patient's feet for
// coronal and sagittal planes, right to the patient's left (coronal) or back (sagittal).
struct PlaneGeometry {
    Plane plane = Plane::Axial;
    int columns = 0, rows = 0, count = 0;
    double columnSpacing = 1, rowSpacing = 1, step = 1;
    double right[3] = {1, 0, 0}, down[3] = {0, 1, 0}, normal[3] = {0, 0, 1};
    double origin[3] = {0, 0, 0};
};

PlaneGeometry planeGeometry(const Volume& v, Plane plane);
// The patient coordinates of the centre of the plane at `position`, and the position of the
// plane nearest to a patient point (clamped to the volume), for linking two volumes.
void planeCentre(const Volume& v, const PlaneGeometry& g, int position, double patient[3]);
int nearestPosition(const Volume& v, const PlaneGeometry& g, const double patient[3]);
// The plane at `position` as a slice: its values (for measurements), spacing and patient
// orientation, the volume's windows. The view draws from the volume itself.
DisplaySlice planeSlice(const Volume& v, const PlaneGeometry& g, int position);

}  // namespace dicomnet::viewer
