// Images the pydicom files do not have — MONOCHROME1, PALETTE COLOR, VOI and modality LUT
// sequences, LINEAR_EXACT and SIGMOID windows, high bits above Bits Stored, damaged pixel
// data — written by the tests with DCMTK, with values whose display the tests compute.
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace dicomnet::test {

struct SyntheticImage {
    int rows = 16, columns = 16, frames = 1;
    int bitsAllocated = 16, bitsStored = 16;
    bool pixelSigned = false;
    QString photometric = QStringLiteral("MONOCHROME2");
    std::vector<uint16_t> samples;  // rows × columns × frames, as stored (two's complement)
    double windowCenter = 0, windowWidth = 0;  // none when width is 0
    QString voiFunction;                       // LINEAR_EXACT, SIGMOID...
    double rescaleSlope = 1, rescaleIntercept = 0;
    QString presentationShape;  // IDENTITY, INVERSE
    // LUTs: descriptor (entries, first mapped value, bits) and data.
    std::vector<uint16_t> voiLut, modalityLut, paletteRed, paletteGreen, paletteBlue;
    int lutFirst = 0, lutBits = 16;
    bool truncatePixelData = false;
};

bool writeSynthetic(const QString& path, const SyntheticImage& image);

}  // namespace dicomnet::test
