// What the decoders are not given. Checked before DCMTK or OpenJPEG decode a file's pixels:
// the decoded size it declares (a few hundred bytes may claim gigabytes), and, in JPEG data,
// the marker that sends DCMTK 3.6.7's bit-depth scan into an endless loop (TEM, FF01: the scan
// does not move past it); and after decoding, whether the pixels are all there. Internal to
// viewer/ (DCMTK types).
#pragma once

#include "core/result.h"

class DcmDataset;

namespace dicomnet::viewer {

// The largest image (all frames, decoded) the viewer decodes: 2 GiB.
constexpr unsigned long long kMaxDecodedBytes = 2ULL << 30;

// Refuses, with the reason, pixels the decoders must not see.
Status checkBeforeDecoding(DcmDataset& dataset);
// After decoding: DCMTK shows what is missing of short pixel data as black; a viewer must say
// so instead.
Status checkPixelDataLength(DcmDataset& dataset);

}  // namespace dicomnet::viewer
