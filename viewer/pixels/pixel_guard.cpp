#include "viewer/pixels/pixel_guard.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QObject>

#include <algorithm>
#include <cstring>

namespace dicomnet::viewer {

namespace {

// The walk DCMTK's JPEG decoder makes over the markers of a frame before decoding it; false
// where that walk would never end.
bool jpegMarkersEnd(const unsigned char* data, unsigned long size) {
    // As DJCodecDecoder::scanJpegDataForBitDepth walks: a frame header (SOF) or anything it
    // does not know ends the walk; segments are skipped by their length, fill bytes one by
    // one, markers without a length two by two — and TEM not at all.
    unsigned long at = 0;
    auto u16 = [&](unsigned long p) { return (unsigned(data[p]) << 8) | data[p + 1]; };
    while (at + 4 < size) {
        const unsigned marker = u16(at);
        if (marker == 0xff01) return false;
        if ((marker >= 0xffc0 && marker <= 0xffcf && marker != 0xffc4 && marker != 0xffc8 &&
             marker != 0xffcc))
            return true;  // SOF: found
        if (marker == 0xffc4 || marker == 0xffc8 || marker == 0xffcc ||
            (marker >= 0xffda && marker <= 0xffdf) || (marker >= 0xffe0 && marker <= 0xfffe)) {
            at += u16(at + 2) + 2;
        } else if ((marker >= 0xffd0 && marker <= 0xffd9)) {
            at += 2;
        } else if (marker == 0xffff) {
            at += 1;
        } else if (data[at] == 0xff && data[at + 1] > 2 && data[at + 1] <= 0xbf) {
            at += 2;  // reserved
        } else {
            return true;  // not a marker: the walk stops there
        }
    }
    return true;
}

// What the image module says of the pixels.
struct Declared {
    Uint16 rows = 0, columns = 0, allocated = 0, samples = 1;
    Sint32 frames = 1;
    explicit Declared(DcmDataset& ds) {
        ds.findAndGetUint16(DCM_Rows, rows);
        ds.findAndGetUint16(DCM_Columns, columns);
        ds.findAndGetUint16(DCM_BitsAllocated, allocated);
        ds.findAndGetUint16(DCM_SamplesPerPixel, samples);
        ds.findAndGetSint32(DCM_NumberOfFrames, frames);
    }
    unsigned long long pixels() const {
        return 1ULL * rows * columns * std::max<Sint32>(frames, 1);
    }
};

}  // namespace

Status checkPixelDataLength(DcmDataset& ds) {
    const Declared d(ds);
    DcmElement* pixels = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixels).bad() || !pixels)
        return Error{QObject::tr("no pixel data")};
    OFString photometric;
    ds.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
    // 4:2:2 keeps two samples a pixel: the chrominance of every second one is dropped.
    const unsigned long long perPixel = photometric.find("_422") != OFString_npos ? 2 : d.samples;
    const unsigned long long expected = (d.pixels() * perPixel * d.allocated + 7) / 8;
    const unsigned long long have = pixels->getLength();
    if (have < expected)
        return Error{
            QObject::tr("the pixel data are truncated: %1 of %2 bytes").arg(have).arg(expected)};
    return {};
}

Status checkBeforeDecoding(DcmDataset& ds) {
    const Declared d(ds);
    const unsigned long long bytes =
        d.pixels() * std::max<Uint16>(d.samples, 1) * ((std::max<Uint16>(d.allocated, 8) + 7) / 8);
    if (bytes > kMaxDecodedBytes)
        return Error{QObject::tr("the image is too large to show: %1×%2, %3 frames (%4 MB "
                                 "decoded, %5 MB at most)")
                         .arg(d.columns)
                         .arg(d.rows)
                         .arg(d.frames)
                         .arg(bytes >> 20)
                         .arg(kMaxDecodedBytes >> 20)};

    // The syntaxes DCMTK's JPEG decoder (dcmjpeg) takes are those with a JPEG process number.
    if (DcmXfer(ds.getOriginalXfer()).getJPEGProcess8Bit() == 0) return {};
    DcmElement* element = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, element).bad() || !element) return {};
    DcmPixelSequence* sequence = nullptr;
    if (static_cast<DcmPixelData*>(element)
            ->getEncapsulatedRepresentation(ds.getOriginalXfer(), nullptr, sequence)
            .bad() ||
        !sequence)
        return {};
    for (unsigned long i = 1; i < sequence->card(); ++i) {  // item 0: the offset table
        DcmPixelItem* item = nullptr;
        Uint8* data = nullptr;
        if (sequence->getItem(item, i).bad() || !item || item->getUint8Array(data).bad() || !data)
            continue;
        const unsigned long length = item->getLength();
        // Each frame starts with SOI; that is where DCMTK's walk begins.
        if (length >= 2 && data[0] == 0xff && data[1] == 0xd8 && !jpegMarkersEnd(data, length))
            return Error{QObject::tr("damaged JPEG data: marker FF01 before the frame header")};
    }
    return {};
}

}  // namespace dicomnet::viewer
