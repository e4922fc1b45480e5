#include "viewer/pixels/fast_slice_reader.h"

#include "core/dicom_object_reader.h"
#include "viewer/pixels/dcmtk_decoders.h"
#include "viewer/pixels/mapped_pixels.h"
#include "viewer/pixels/slice_arena.h"
#include "viewer/pixels/slice_attributes.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>

#include <QFile>
#include <QObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace dicomnet::viewer {

namespace {

QString ascii(DcmDataset& ds, const DcmTagKey& key) {
    OFString v;
    ds.findAndGetOFStringArray(key, v);
    return QString::fromLatin1(v.c_str()).trimmed();
}

// Minimum and maximum of mapped samples; false when a bit above Bits Stored is set (an
// overlay or noise: those samples must be masked, which a read-only mapping cannot do).
bool scanUnsigned(const uint16_t* v, size_t count, int stored, int& lo, int& hi) {
    uint16_t low = 0xffff, high = 0, above = 0;
    const uint16_t mask = stored >= 16 ? 0 : uint16_t(0xffffu << stored);
    for (size_t i = 0; i < count; ++i) {
        low = std::min(low, v[i]);
        high = std::max(high, v[i]);
        above |= uint16_t(v[i] & mask);
    }
    lo = low;
    hi = high;
    return above == 0;
}
bool scanSigned(const uint16_t* v, size_t count, int& lo, int& hi) {
    int16_t low = std::numeric_limits<int16_t>::max(), high = std::numeric_limits<int16_t>::min();
    for (size_t i = 0; i < count; ++i) {
        low = std::min(low, int16_t(v[i]));
        high = std::max(high, int16_t(v[i]));
    }
    lo = low;
    hi = high;
    return true;
}

// In place; false when a value does not fit 16 bits signed.
template <bool Signed>
bool toModality(uint16_t* raw, size_t count, int stored, int slope, int intercept, int& lo,
                int& hi) {
    const int shift = 16 - stored;
    int low = std::numeric_limits<int>::max(), high = std::numeric_limits<int>::min();
    for (size_t i = 0; i < count; ++i) {
        const uint16_t v = uint16_t(raw[i] << shift);
        const int stored16 = Signed ? int(int16_t(v)) >> shift : int(v >> shift);
        const int value = stored16 * slope + intercept;
        low = std::min(low, value);
        high = std::max(high, value);
        raw[i] = uint16_t(int16_t(value));
    }
    lo = low;
    hi = high;
    return low >= std::numeric_limits<int16_t>::min() &&
           high <= std::numeric_limits<int16_t>::max();
}

}  // namespace

Result<std::optional<DisplaySlice>> readCommonSlice(const QString& path,
                                                    const std::shared_ptr<SliceArena>& arena,
                                                    int index) {
    using Maybe = std::optional<DisplaySlice>;
    registerDcmtkDecoders();  // also sets DCMTK up once
    DcmFileFormat file;
    // Values over 4 kB (the pixels) stay in the file until asked for.
    if (!DicomObjectReader::loadFile(path, file, true).isEmpty())
        return Maybe{};  // DicomPicture will say what is wrong
    DcmDataset& ds = *file.getDataset();
    const DcmXfer xfer(ds.getOriginalXfer());
    if (xfer.isEncapsulated() || xfer.isBigEndian() ||
        xfer.getXfer() == EXS_DeflatedLittleEndianExplicit)
        return Maybe{};
    Uint16 samples = 0, allocated = 0, stored = 0, highBit = 0, representation = 0, rows = 0,
           columns = 0;
    ds.findAndGetUint16(DCM_SamplesPerPixel, samples);
    ds.findAndGetUint16(DCM_BitsAllocated, allocated);
    ds.findAndGetUint16(DCM_BitsStored, stored);
    ds.findAndGetUint16(DCM_HighBit, highBit);
    ds.findAndGetUint16(DCM_PixelRepresentation, representation);
    ds.findAndGetUint16(DCM_Rows, rows);
    ds.findAndGetUint16(DCM_Columns, columns);
    Sint32 frames = 1;
    ds.findAndGetSint32(DCM_NumberOfFrames, frames);
    const QString photometric = ascii(ds, DCM_PhotometricInterpretation);
    if (samples != 1 || allocated != 16 || stored == 0 || stored > 16 || highBit + 1 != stored ||
        frames > 1 || rows == 0 || columns == 0 ||
        (photometric != QLatin1String("MONOCHROME2") &&
         photometric != QLatin1String("MONOCHROME1")) ||
        ds.tagExists(DCM_ModalityLUTSequence) || ds.tagExists(DCM_VOILUTSequence))
        return Maybe{};
    // DCMTK zeroes the value it does not find: absent means slope 1, intercept 0.
    Float64 slope = 1, intercept = 0;
    if (ds.findAndGetFloat64(DCM_RescaleSlope, slope).bad()) slope = 1;
    if (ds.findAndGetFloat64(DCM_RescaleIntercept, intercept).bad()) intercept = 0;
    if (slope != std::floor(slope) || intercept != std::floor(intercept) || slope == 0)
        return Maybe{};
    DcmElement* pixels = nullptr;
    if (ds.findAndGetElement(DCM_PixelData, pixels).bad() || !pixels) return Maybe{};
    const size_t count = size_t(rows) * columns;
    if (pixels->getLength() < count * 2)
        return Error{QObject::tr("the pixel data are truncated: %1 of %2 bytes")
                         .arg(pixels->getLength())
                         .arg(count * 2)};

    DisplaySlice s;
    s.columns = columns;
    s.rows = rows;
    // First choice: the samples where they are, in the page cache — when the file's samples
    // need no masking (unsigned with clean bits above Bits Stored, or all 16 bits signed).
    if (slope > 0 && (representation == 0 || stored == 16)) {
        if (auto mapped =
                mapTrailingSamples(path, qint64(pixels->getLength()), xfer.isExplicitVR(), count)) {
            int lo = std::numeric_limits<int>::max(), hi = std::numeric_limits<int>::min();
            const bool clean = representation ? scanSigned(mapped.get(), count, lo, hi)
                                              : scanUnsigned(mapped.get(), count, stored, lo, hi);
            if (clean) {
                s.stored16 = std::move(mapped);
                s.storedSigned = representation != 0;
                s.storedSlope = slope;
                s.storedIntercept = intercept;
                s.minValue = lo * slope + intercept;
                s.maxValue = hi * slope + intercept;
                readSliceAttributes(ds, s);
                return Maybe{std::move(s)};
            }
        }
    }
    s.values16 = SliceArena::take(arena, size_t(index), count);
    if (!s.values16) s.values16 = ownValues(count);
    // The samples land in the slice's memory as they are stored (little endian, as this host).
    const OFCondition cond = pixels->getPartialValue(s.values16.get(), 0, Uint32(count * 2));
    if (cond.bad()) return Error{QObject::tr("the pixel data cannot be read: %1").arg(cond.text())};
    // Stored value → modality value, in place: keep Bits Stored, sign-extend, rescale. One
    // branch-free loop per case, so that the compiler can vectorise it.
    auto* raw = reinterpret_cast<uint16_t*>(s.values16.get());
    int lo = 0, hi = 0;
    const bool fits =
        representation ? toModality<true>(raw, count, stored, int(slope), int(intercept), lo, hi)
                       : toModality<false>(raw, count, stored, int(slope), int(intercept), lo, hi);
    if (!fits) return Maybe{};  // rare: the general path keeps such values
    s.minValue = double(lo);
    s.maxValue = double(hi);
    readSliceAttributes(ds, s);
    return Maybe{std::move(s)};
}

}  // namespace dicomnet::viewer
