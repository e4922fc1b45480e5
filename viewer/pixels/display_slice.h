// One frame ready for the view: its values after the modality LUT (HU for CT) for a display
// that applies the VOI itself, on the GPU — or, for colour and for VOI LUT sequences, 8-bit
// pixels rendered on the CPU — with what the viewer needs around it (spacing, geometry, the
// file's windows, whether it shows inverted, corner text). No VTK, no DCMTK.
#pragma once

#include "viewer/pixels/dicom_picture.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace dicomnet::viewer {

struct DisplaySlice {
    int columns = 0, rows = 0;
    // Exactly one of these holds the pixels, row by row from the top left.
    std::shared_ptr<int16_t> values16;  // monochrome modality values that fit 16 bits
    // Or the file's own stored samples, mapped from the page cache (no copy); their modality
    // values are stored · storedSlope + storedIntercept.
    std::shared_ptr<const uint16_t> stored16;
    bool storedSigned = false;
    double storedSlope = 1, storedIntercept = 0;
    std::vector<float> valuesFloat;  // monochrome modality values otherwise
    std::vector<uint8_t> rgb;        // colour, or monochrome with a VOI LUT sequence: 8-bit
    int rgbChannels = 3;             // 3, or 1 for grey rendered on the CPU
    bool inverse = false;            // MONOCHROME1, or INVERSE presentation LUT shape
    double minValue = 0, maxValue = 0;
    std::vector<VoiWindow> windows;  // the file's
    QString voiFunction;             // LINEAR, LINEAR_EXACT, SIGMOID

    // Millimetres between the centres of adjacent rows and columns; 0 when unknown.
    double rowSpacing = 0, columnSpacing = 0;
    bool spacingIsImagerSpacing = false;  // Imager Pixel Spacing: at the detector, not calibrated
    bool hasGeometry = false;             // Image Position and Orientation (Patient)
    double position[3] = {0, 0, 0};
    double orientation[6] = {1, 0, 0, 0, 1, 0};
    QString patientOrientation;  // e.g. "L\\F" for a radiograph without the above

    int frame = 0, frames = 1;
    int instanceNumber = 0;
    QString sopInstanceUid, modality;  // ASCII; names and descriptions come from the index
    QString frameOfReferenceUid;

    // Millimetres along the stack's normal (orientation row × column) of the slice's
    // position; meaningful with hasGeometry.
    double location() const {
        const double* o = orientation;
        const double n[3] = {o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5],
                             o[0] * o[4] - o[1] * o[3]};
        return n[0] * position[0] + n[1] * position[1] + n[2] * position[2];
    }

    bool monochromeValues() const { return values16 || stored16 || !valuesFloat.empty(); }
    // The modality value of pixel `i` (monochrome slices).
    double value(size_t i) const {
        if (values16) return values16.get()[i];
        if (stored16) {
            const uint16_t v = stored16.get()[i];
            return (storedSigned ? double(int16_t(v)) : double(v)) * storedSlope + storedIntercept;
        }
        return valuesFloat[i];
    }
};

}  // namespace dicomnet::viewer
