#include "viewer/pixels/volume.h"

#include "viewer/pixels/slice_arena.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace dicomnet::viewer {

namespace {

double dot(const double a[3], const double b[3]) { return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]; }
void cross(const double a[3], const double b[3], double out[3]) {
    out[0] = a[1] * b[2] - a[2] * b[1];
    out[1] = a[2] * b[0] - a[0] * b[2];
    out[2] = a[0] * b[1] - a[1] * b[0];
}

// The patient direction (unit vector) of a volume axis.
void patientDirection(const Volume& v, const double axis[3], double out[3]) {
    for (int c = 0; c < 3; ++c)
        out[c] =
            axis[0] * v.rowDirection[c] + axis[1] * v.columnDirection[c] + axis[2] * v.normal[c];
}

}  // namespace

std::optional<Volume> volumeFromStack(
    const std::vector<std::shared_ptr<const DisplaySlice>>& slices) {
    if (slices.size() < 8) return std::nullopt;
    for (const auto& s : slices)
        if (!s || !(s->values16 || s->stored16) || !s->hasGeometry ||
            s->minValue < std::numeric_limits<int16_t>::min() ||
            s->maxValue > std::numeric_limits<int16_t>::max())
            return std::nullopt;
    const DisplaySlice& a = *slices.front();
    for (const auto& s : slices) {
        if (s->columns != a.columns || s->rows != a.rows || s->columnSpacing != a.columnSpacing ||
            s->rowSpacing != a.rowSpacing)
            return std::nullopt;
        for (int i = 0; i < 6; ++i)
            if (std::abs(s->orientation[i] - a.orientation[i]) > 1e-3) return std::nullopt;
    }
    Volume v;
    v.columns = a.columns;
    v.rows = a.rows;
    v.slices = int(slices.size());
    v.columnSpacing = a.columnSpacing > 0 ? a.columnSpacing : 1;
    v.rowSpacing = a.rowSpacing > 0 ? a.rowSpacing : 1;
    std::memcpy(v.rowDirection, a.orientation, sizeof v.rowDirection);
    std::memcpy(v.columnDirection, a.orientation + 3, sizeof v.columnDirection);
    cross(v.rowDirection, v.columnDirection, v.normal);
    // Positions along the normal: evenly spaced (within 10 %), in one direction; the normal
    // is turned round when they go down.
    std::vector<double> along;
    for (const auto& s : slices) along.push_back(dot(s->position, v.normal));
    const double step = (along.back() - along.front()) / (v.slices - 1);
    if (std::abs(step) < 1e-3) return std::nullopt;
    for (size_t k = 1; k < along.size(); ++k)
        if (std::abs((along[k] - along[k - 1]) - step) > 0.1 * std::abs(step)) return std::nullopt;
    // In-plane positions must not drift (a tilted gantry): the slices stack straight.
    for (const auto& s : slices) {
        double d[3];
        for (int c = 0; c < 3; ++c) d[c] = s->position[c] - a.position[c];
        if (std::abs(dot(d, v.rowDirection)) > 0.5 * v.columnSpacing ||
            std::abs(dot(d, v.columnDirection)) > 0.5 * v.rowSpacing)
            return std::nullopt;
    }
    if (step < 0)
        for (double& n : v.normal) n = -n;
    v.sliceSpacing = std::abs(step);
    std::memcpy(v.origin, a.position, sizeof v.origin);
    // One block: the slices' own when each follows the one before it.
    const size_t perSlice = size_t(v.columns) * size_t(v.rows);
    bool contiguous = true;
    for (size_t k = 0; k < slices.size() && contiguous; ++k)
        contiguous = slices[k]->values16 &&
                     slices[k]->values16.get() == slices[0]->values16.get() + k * perSlice;
    if (contiguous) {
        v.values = slices[0]->values16;  // shares the arena
    } else {
        v.values = ownValues(perSlice * slices.size());
        for (size_t k = 0; k < slices.size(); ++k) {
            int16_t* out = v.values.get() + k * perSlice;
            if (slices[k]->values16) {
                std::memcpy(out, slices[k]->values16.get(), perSlice * sizeof(int16_t));
            } else {
                for (size_t i = 0; i < perSlice; ++i)
                    out[i] = int16_t(std::lround(slices[k]->value(i)));
            }
        }
    }
    v.first = slices.front();
    v.minValue = a.minValue;
    v.maxValue = a.maxValue;
    for (const auto& s : slices) {
        v.minValue = std::min(v.minValue, s->minValue);
        v.maxValue = std::max(v.maxValue, s->maxValue);
    }
    return v;
}

PlaneGeometry planeGeometry(const Volume& v, Plane plane) {
    PlaneGeometry g;
    g.plane = plane;
    const double spacing[3] = {v.columnSpacing, v.rowSpacing, v.sliceSpacing};
    const int size[3] = {v.columns, v.rows, v.slices};
    // Which volume axis points most to the patient's head, and to the patient's left/back.
    auto axisSign = [&](int axis, int patientAxis) {
        double unit[3] = {0, 0, 0}, p[3];
        unit[axis] = 1;
        patientDirection(v, unit, p);
        return p[patientAxis] >= 0 ? 1 : -1;
    };
    int rightAxis = 0, downAxis = 1, normalAxis = 2;
    int rightSign = 1, downSign = 1;
    if (plane == Plane::Coronal) {
        rightAxis = 0, downAxis = 2, normalAxis = 1;
        rightSign = axisSign(0, 0);  // towards the patient's left (+x)
        downSign = -axisSign(2, 2);  // towards the feet (-z)
    } else if (plane == Plane::Sagittal) {
        rightAxis = 1, downAxis = 2, normalAxis = 0;
        rightSign = axisSign(1, 1);  // towards the back (+y)
        downSign = -axisSign(2, 2);
    }
    g.right[0] = g.right[1] = g.right[2] = 0;
    g.down[0] = g.down[1] = g.down[2] = 0;
    g.normal[0] = g.normal[1] = g.normal[2] = 0;
    g.right[rightAxis] = rightSign;
    g.down[downAxis] = downSign;
    g.normal[normalAxis] = 1;
    g.columns = size[rightAxis];
    g.rows = size[downAxis];
    g.count = size[normalAxis];
    g.columnSpacing = spacing[rightAxis];
    g.rowSpacing = spacing[downAxis];
    g.step = spacing[normalAxis];
    // Pixel (0, 0) sits at the volume's edge its axes start from.
    g.origin[0] = g.origin[1] = g.origin[2] = 0;
    if (rightSign < 0) g.origin[rightAxis] = (size[rightAxis] - 1) * spacing[rightAxis];
    if (downSign < 0) g.origin[downAxis] = (size[downAxis] - 1) * spacing[downAxis];
    return g;
}

DisplaySlice planeSlice(const Volume& v, const PlaneGeometry& g, int position) {
    DisplaySlice s;
    const DisplaySlice& first = *v.first;
    s.columns = g.columns;
    s.rows = g.rows;
    s.columnSpacing = g.columnSpacing;
    s.rowSpacing = g.rowSpacing;
    s.windows = first.windows;
    s.voiFunction = first.voiFunction;
    s.inverse = first.inverse;
    s.modality = first.modality;
    s.minValue = v.minValue;
    s.maxValue = v.maxValue;
    s.frame = position;
    s.frames = 1;
    s.instanceNumber = position + 1;
    // The plane's patient orientation: its right and down as patient directions.
    double right[3], down[3];
    patientDirection(v, g.right, right);
    patientDirection(v, g.down, down);
    std::memcpy(s.orientation, right, sizeof right);
    std::memcpy(s.orientation + 3, down, sizeof down);
    s.hasGeometry = true;
    // Its values, pixel by pixel, from the volume's voxels.
    s.values16 = ownValues(size_t(g.columns) * size_t(g.rows));
    const double sp[3] = {v.columnSpacing, v.rowSpacing, v.sliceSpacing};
    for (int y = 0; y < g.rows; ++y) {
        for (int x = 0; x < g.columns; ++x) {
            int index[3];
            for (int c = 0; c < 3; ++c) {
                const double mm = g.origin[c] + x * g.columnSpacing * g.right[c] +
                                  y * g.rowSpacing * g.down[c] + position * g.step * g.normal[c];
                index[c] = int(std::lround(mm / sp[c]));
            }
            s.values16.get()[size_t(y) * g.columns + x] =
                v.values.get()[(size_t(index[2]) * v.rows + size_t(index[1])) * v.columns +
                               size_t(index[0])];
        }
    }
    return s;
}

void planeCentre(const Volume& v, const PlaneGeometry& g, int position, double patient[3]) {
    double local[3];  // in the volume's own axes (mm)
    for (int a = 0; a < 3; ++a)
        local[a] = g.origin[a] + (g.columns - 1) / 2.0 * g.columnSpacing * g.right[a] +
                   (g.rows - 1) / 2.0 * g.rowSpacing * g.down[a] + position * g.step * g.normal[a];
    for (int r = 0; r < 3; ++r)
        patient[r] = v.origin[r] + local[0] * v.rowDirection[r] + local[1] * v.columnDirection[r] +
                     local[2] * v.normal[r];
}

int nearestPosition(const Volume& v, const PlaneGeometry& g, const double patient[3]) {
    const double d[3] = {patient[0] - v.origin[0], patient[1] - v.origin[1],
                         patient[2] - v.origin[2]};
    const auto dot = [](const double* a, const double* b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    };
    // The volume's axes are orthonormal: the point in them.
    const double local[3] = {dot(d, v.rowDirection), dot(d, v.columnDirection), dot(d, v.normal)};
    const double along = (local[0] - g.origin[0]) * g.normal[0] +
                         (local[1] - g.origin[1]) * g.normal[1] +
                         (local[2] - g.origin[2]) * g.normal[2];
    return std::clamp(int(std::lround(along / g.step)), 0, std::max(0, g.count - 1));
}

}  // namespace dicomnet::viewer
