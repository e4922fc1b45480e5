// One DICOM image decoded for display and rendered the way the viewer shows it. Decoding takes
// every transfer syntax the listener accepts (DCMTK's JPEG, JPEG-LS and RLE decoders; OpenJPEG
// for JPEG 2000), every photometric interpretation (MONOCHROME1/2, RGB, YBR_FULL, YBR_FULL_422,
// PALETTE COLOR), signed and unsigned samples, Bits Stored below Bits Allocated, multi-frame.
// Rendering applies the modality LUT (rescale or LUT sequence), the VOI (a window of the file,
// one given, the VOI LUT sequence; LINEAR, LINEAR_EXACT or SIGMOID) and the presentation LUT
// shape. DCMTK's image toolkit (dcmimgle/dcmimage) does the arithmetic; no VTK here.
#pragma once

#include "core/result.h"

#include <QImage>
#include <QString>

#include <memory>
#include <vector>

namespace dicomnet::viewer {

struct VoiWindow {
    double center = 0, width = 0;
    QString explanation;
};

// Which VOI transformation a monochrome image is shown with.
struct VoiChoice {
    enum class Kind {
        Default,     // the file's first window, else its first VOI LUT, else minimum–maximum
        FileWindow,  // the file's window number `index`
        FileLut,     // the file's VOI LUT number `index`
        Explicit,    // `center`/`width`, with the file's VOI LUT Function
        MinMax,      // the whole range of the frame's values
    };
    Kind kind = Kind::Default;
    int index = 0;
    double center = 0, width = 0;
    static VoiChoice window(double center, double width) {
        return {Kind::Explicit, 0, center, width};
    }
};

class DicomPicture {
public:
    // Reads and decodes `path`; fails with a reason a user can act on (not an image,
    // unsupported compression, damaged pixel data).
    static Result<std::unique_ptr<DicomPicture>> open(const QString& path);
    ~DicomPicture();

    int columns() const;
    int rows() const;
    int frames() const;
    bool monochrome() const;
    QString photometric() const;  // of the decoded pixels (e.g. RGB after a YBR JPEG)
    std::vector<VoiWindow> windows() const;
    int voiLutCount() const;
    QString voiFunction() const;  // LINEAR, LINEAR_EXACT or SIGMOID

    // The frame (0-based) as the viewer shows it: 8-bit grey, or RGB, at its own size.
    Result<QImage> render(int frame, const VoiChoice& voi = {});
    // The frame for the interactive view (see display_slice.h).
    Result<struct DisplaySlice> slice(int frame);

private:
    DicomPicture();
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace dicomnet::viewer
