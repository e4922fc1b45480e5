// JPEG 2000 for DCMTK's image toolkit, which in 3.6.7 has no JPEG 2000 codec: the frames of
// an encapsulated data set (transfer syntaxes 1.2.840.10008.1.2.4.90/.91) are decoded with
// OpenJPEG into native pixel data, in place. A library target of its own: ITK ships mangled
// OpenJPEG headers, and no target may see both.
#pragma once

#include "core/result.h"

class DcmDataset;

namespace dicomnet::viewer {

bool isJpeg2000(const char* transferSyntaxUid);
// Replaces the encapsulated JPEG 2000 pixel data of `dataset` by native pixel data in
// explicit VR little endian form: components interleaved, YBR_ICT/YBR_RCT turned into RGB
// (OpenJPEG undoes the component transform), the sign taken from the code stream when it
// and Pixel Representation disagree.
Status decodeJpeg2000InPlace(DcmDataset& dataset);

}  // namespace dicomnet::viewer
