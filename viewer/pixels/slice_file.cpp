#include "viewer/pixels/slice_file.h"

#include "viewer/pixels/dicom_picture.h"
#include "viewer/pixels/fast_slice_reader.h"

namespace dicomnet::viewer {

Result<DisplaySlice> loadSlice(const QString& path, int frame) {
    if (frame == 0) {
        auto fast = readCommonSlice(path);
        if (!fast) return Error{fast.error()};
        if (fast->has_value()) return std::move(*fast.value());
    }
    auto picture = DicomPicture::open(path);
    if (!picture) return Error{picture.error()};
    return picture.value()->slice(frame);
}

}  // namespace dicomnet::viewer
