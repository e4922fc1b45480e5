#include "viewer/jpeg2000/jpeg2000_decoder.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <openjpeg.h>

#include <QObject>
#include <QString>

#include <cstring>
#include <memory>
#include <vector>

namespace dicomnet::viewer {

namespace {

struct MemoryStream {
    const unsigned char* data;
    size_t size;
    size_t pos = 0;
};

OPJ_SIZE_T readBytes(void* buffer, OPJ_SIZE_T n, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (s->pos >= s->size) return OPJ_SIZE_T(-1);
    const size_t take = std::min<size_t>(n, s->size - s->pos);
    std::memcpy(buffer, s->data + s->pos, take);
    s->pos += take;
    return take;
}
OPJ_OFF_T skipBytes(OPJ_OFF_T n, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (n < 0)
        n = -std::min<OPJ_OFF_T>(-n, OPJ_OFF_T(s->pos));
    else
        n = std::min<OPJ_OFF_T>(n, OPJ_OFF_T(s->size - s->pos));
    s->pos = size_t(OPJ_OFF_T(s->pos) + n);
    return n;
}
OPJ_BOOL seekBytes(OPJ_OFF_T to, void* user) {
    auto* s = static_cast<MemoryStream*>(user);
    if (to < 0 || size_t(to) > s->size) return OPJ_FALSE;
    s->pos = size_t(to);
    return OPJ_TRUE;
}

// opj_codec_t and opj_stream_t are both void*: one deleter each.
struct FreeCodec {
    void operator()(opj_codec_t* c) const { opj_destroy_codec(c); }
};
struct FreeStream {
    void operator()(opj_stream_t* s) const { opj_stream_destroy(s); }
};
struct FreeImage {
    void operator()(opj_image_t* i) const { opj_image_destroy(i); }
};
using Codec = std::unique_ptr<opj_codec_t, FreeCodec>;
using Stream = std::unique_ptr<opj_stream_t, FreeStream>;

// One decoded frame: its components' samples.
struct Frame {
    std::unique_ptr<opj_image_t, FreeImage> image;
};

// The header is read first: a code stream whose size is not the image's is refused before
// OpenJPEG allocates for it (a kilobyte may claim a gigapixel).
Result<Frame> decodeFrame(const std::vector<unsigned char>& bytes, Uint16 columns, Uint16 rows,
                          Uint16 samples) {
    // A raw code stream starts with SOC (FF 4F); a JP2 file with its signature box.
    const bool raw = bytes.size() >= 2 && bytes[0] == 0xFF && bytes[1] == 0x4F;
    Codec codec(opj_create_decompress(raw ? OPJ_CODEC_J2K : OPJ_CODEC_JP2));
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    if (!codec || !opj_setup_decoder(codec.get(), &parameters))
        return Error{QObject::tr("OpenJPEG cannot set up a decoder")};
    MemoryStream memory{bytes.data(), bytes.size()};
    Stream stream(opj_stream_create(1 << 16, OPJ_TRUE));
    opj_stream_set_user_data(stream.get(), &memory, nullptr);
    opj_stream_set_user_data_length(stream.get(), bytes.size());
    opj_stream_set_read_function(stream.get(), readBytes);
    opj_stream_set_skip_function(stream.get(), skipBytes);
    opj_stream_set_seek_function(stream.get(), seekBytes);
    opj_image_t* raw_image = nullptr;
    if (!opj_read_header(stream.get(), codec.get(), &raw_image))
        return Error{QObject::tr("JPEG 2000: the code stream header cannot be read")};
    Frame frame{std::unique_ptr<opj_image_t, FreeImage>(raw_image)};
    if (raw_image->numcomps < samples)
        return Error{QObject::tr("JPEG 2000: %1 components where %2 samples were announced")
                         .arg(raw_image->numcomps)
                         .arg(samples)};
    for (Uint16 c = 0; c < samples; ++c) {
        const opj_image_comp_t& comp = raw_image->comps[c];
        if (comp.w != columns || comp.h != rows || comp.dx != 1 || comp.dy != 1)
            return Error{QObject::tr("JPEG 2000: component size %1×%2 is not the image's")
                             .arg(comp.w)
                             .arg(comp.h)};
    }
    if (raw_image->x1 - raw_image->x0 != columns || raw_image->y1 - raw_image->y0 != rows)
        return Error{QObject::tr("JPEG 2000: component size %1×%2 is not the image's")
                         .arg(raw_image->x1 - raw_image->x0)
                         .arg(raw_image->y1 - raw_image->y0)};
    if (!opj_decode(codec.get(), stream.get(), raw_image) ||
        !opj_end_decompress(codec.get(), stream.get()))
        return Error{QObject::tr("JPEG 2000: the code stream cannot be decoded (damaged?)")};
    if (raw_image->numcomps == 0) return Error{QObject::tr("JPEG 2000: no components")};
    return frame;
}

// The fragments of each frame, joined.
Result<std::vector<std::vector<unsigned char>>> compressedFrames(DcmPixelSequence* sequence,
                                                                 Sint32 frames) {
    std::vector<std::vector<unsigned char>> out;
    const unsigned long items = sequence->card();
    for (Sint32 f = 0; f < frames; ++f) {
        Uint32 start = 0, next = Uint32(items);
        if (DcmCodec::determineStartFragment(Uint32(f), frames, sequence, start).bad())
            return Error{QObject::tr("JPEG 2000: frame %1 cannot be found").arg(f + 1)};
        if (f + 1 < frames &&
            DcmCodec::determineStartFragment(Uint32(f + 1), frames, sequence, next).bad())
            next = Uint32(items);
        std::vector<unsigned char> bytes;
        for (Uint32 i = start; i < next; ++i) {
            DcmPixelItem* item = nullptr;
            Uint8* data = nullptr;
            if (sequence->getItem(item, i).bad() || !item) break;
            const Uint32 length = item->getLength();
            if (length == 0) continue;
            if (item->getUint8Array(data).bad() || !data)
                return Error{
                    QObject::tr("JPEG 2000: a fragment of frame %1 is unreadable").arg(f + 1)};
            bytes.insert(bytes.end(), data, data + length);
        }
        if (bytes.empty()) return Error{QObject::tr("JPEG 2000: frame %1 is empty").arg(f + 1)};
        out.push_back(std::move(bytes));
    }
    return out;
}

}  // namespace

bool isJpeg2000(const char* ts) {
    return ts && (std::strcmp(ts, UID_JPEG2000LosslessOnlyTransferSyntax) == 0 ||
                  std::strcmp(ts, UID_JPEG2000TransferSyntax) == 0);
}

Status decodeJpeg2000InPlace(DcmDataset& dataset) {
    DcmElement* element = nullptr;
    if (dataset.findAndGetElement(DCM_PixelData, element).bad() || !element)
        return Error{QObject::tr("no pixel data")};
    auto* pixelData = static_cast<DcmPixelData*>(element);
    DcmPixelSequence* sequence = nullptr;
    const E_TransferSyntax xfer = dataset.getOriginalXfer();
    if (pixelData->getEncapsulatedRepresentation(xfer, nullptr, sequence).bad() || !sequence)
        return Error{QObject::tr("JPEG 2000: the pixel data are not encapsulated")};
    Sint32 frames = 1;
    dataset.findAndGetSint32(DCM_NumberOfFrames, frames);
    if (frames < 1) frames = 1;
    Uint16 rows = 0, columns = 0, allocated = 0, samples = 1, representation = 0;
    dataset.findAndGetUint16(DCM_Rows, rows);
    dataset.findAndGetUint16(DCM_Columns, columns);
    dataset.findAndGetUint16(DCM_BitsAllocated, allocated);
    dataset.findAndGetUint16(DCM_SamplesPerPixel, samples);
    dataset.findAndGetUint16(DCM_PixelRepresentation, representation);
    if (rows == 0 || columns == 0 || (allocated != 8 && allocated != 16) ||
        (samples != 1 && samples != 3))
        return Error{QObject::tr("JPEG 2000: unsupported image (%1×%2, %3 bits, %4 samples)")
                         .arg(columns)
                         .arg(rows)
                         .arg(allocated)
                         .arg(samples)};
    auto encoded = compressedFrames(sequence, frames);
    if (!encoded) return Error{encoded.error()};

    const size_t pixels = size_t(rows) * columns;
    const size_t bytesPerSample = allocated / 8;
    // Samples in host order, as DCMTK keeps values in memory.
    std::vector<Uint8> native8(bytesPerSample == 1 ? pixels * samples * size_t(frames) : 0);
    std::vector<Uint16> native16(bytesPerSample == 2 ? pixels * samples * size_t(frames) : 0);
    bool anySigned = false;
    for (Sint32 f = 0; f < frames; ++f) {
        auto frame = decodeFrame(encoded.value()[size_t(f)], columns, rows, samples);
        if (!frame) return Error{frame.error()};
        const opj_image_t* image = frame->image.get();  // its sizes checked by decodeFrame
        for (Uint16 c = 0; c < samples; ++c) anySigned = anySigned || image->comps[c].sgnd;
        const size_t first = size_t(f) * pixels * samples;
        for (size_t p = 0; p < pixels; ++p) {
            for (Uint16 c = 0; c < samples; ++c) {
                const OPJ_INT32 v = image->comps[c].data[p];
                const size_t at = first + p * samples + c;
                if (bytesPerSample == 1)
                    native8[at] = static_cast<Uint8>(v);
                else
                    native16[at] = static_cast<Uint16>(v);  // two's complement when signed
            }
        }
    }
    // The code stream knows how its samples were made; Pixel Representation may not agree.
    if (samples == 1 && (anySigned ? 1 : 0) != representation)
        dataset.putAndInsertUint16(DCM_PixelRepresentation, anySigned ? 1 : 0);
    if (samples == 3) {
        OFString photometric;
        dataset.findAndGetOFString(DCM_PhotometricInterpretation, photometric);
        if (photometric == "YBR_ICT" || photometric == "YBR_RCT")
            dataset.putAndInsertString(DCM_PhotometricInterpretation, "RGB");
        dataset.putAndInsertUint16(DCM_PlanarConfiguration, 0);
    }
    OFCondition cond =
        bytesPerSample == 1
            ? dataset.putAndInsertUint8Array(DCM_PixelData, native8.data(),
                                             static_cast<unsigned long>(native8.size()))
            : dataset.putAndInsertUint16Array(DCM_PixelData, native16.data(),
                                              static_cast<unsigned long>(native16.size()));
    if (cond.bad())
        return Error{QObject::tr("JPEG 2000: cannot keep the decoded pixels: %1").arg(cond.text())};
    return {};
}

}  // namespace dicomnet::viewer
