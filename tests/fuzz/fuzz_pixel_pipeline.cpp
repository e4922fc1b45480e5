// The pixel pipeline: what the viewer does with a file — the fast reader for the common case,
// DicomPicture's decoders (JPEG, JPEG-LS, RLE, JPEG 2000, uncompressed), the modality and VOI
// transformations, rendering the first and the last frame.
#include "fuzz_support.h"

#include "core/dcmtk_setup.h"
#include "viewer/pixels/dicom_picture.h"
#include "viewer/pixels/display_slice.h"
#include "viewer/pixels/fast_slice_reader.h"

using namespace dicomnet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    ensureDcmtkConfigured();
    const QString path = fuzz::scratchFile(data, size);
    auto common = viewer::readCommonSlice(path);
    (void)common;
    auto picture = viewer::DicomPicture::open(path);
    if (!picture) return 0;
    viewer::DicomPicture& p = *picture.value();
    (void)p.windows();
    auto first = p.render(0);
    if (p.frames() > 1)
        auto last = p.render(p.frames() - 1, viewer::VoiChoice{viewer::VoiChoice::Kind::MinMax});
    auto slice = p.slice(0);
    (void)first;
    (void)slice;
    return 0;
}
