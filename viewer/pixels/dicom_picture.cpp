#include "viewer/pixels/dicom_picture.h"

#include "core/dicom_object_reader.h"
#include "viewer/jpeg2000/jpeg2000_decoder.h"
#include "viewer/pixels/dcmtk_decoders.h"
#include "viewer/pixels/display_slice.h"
#include "viewer/pixels/pixel_guard.h"
#include "viewer/pixels/slice_arena.h"
#include "viewer/pixels/slice_attributes.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimage/diregist.h>  // colour images (RGB, YBR, PALETTE COLOR)
#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmimgle/dipixel.h>

#include <QFile>
#include <QObject>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace dicomnet::viewer {

struct DicomPicture::Impl {
    DcmFileFormat file;
    std::unique_ptr<DicomImage> image;
    QString function;  // VOI LUT Function of the file

    DcmDataset& dataset() { return *file.getDataset(); }
    bool fileWindow(int index, double& center, double& width) {
        return dataset().findAndGetFloat64(DCM_WindowCenter, center, index).good() &&
               dataset().findAndGetFloat64(DCM_WindowWidth, width, index).good();
    }
    // A window with the file's VOI LUT Function. LINEAR_EXACT (PS3.3 C.11.2.1.3.2), which
    // DCMTK 3.6.7 lacks, is LINEAR with the center moved up half a step and the width one up:
    // (x - (c + 0.5 - 0.5)) / (w + 1 - 1) is exactly (x - c) / w.
    bool setWindow(double center, double width) {
        if (function == QLatin1String("LINEAR_EXACT")) {
            image->setVoiLutFunction(EFV_Linear);
            return image->setWindow(center + 0.5, width + 1) != 0;
        }
        image->setVoiLutFunction(function == QLatin1String("SIGMOID") ? EFV_Sigmoid : EFV_Linear);
        return image->setWindow(center, width) != 0;
    }
};

DicomPicture::DicomPicture() : d_(std::make_unique<Impl>()) {}
DicomPicture::~DicomPicture() = default;

Result<std::unique_ptr<DicomPicture>> DicomPicture::open(const QString& path) {
    registerDcmtkDecoders();
    std::unique_ptr<DicomPicture> picture(new DicomPicture);
    Impl& d = *picture->d_;
    if (const QString why = DicomObjectReader::loadFile(path, d.file); !why.isEmpty())
        return Error{QObject::tr("%1 cannot be read: %2").arg(path, why)};
    DcmDataset& ds = d.dataset();
    if (!ds.tagExists(DCM_PixelData))
        return Error{QObject::tr("%1 holds no image (no pixel data)").arg(path)};
    if (Status s = checkBeforeDecoding(ds); !s) return Error{s.error()};
    E_TransferSyntax xfer = ds.getOriginalXfer();
    const DcmXfer syntax(xfer);
    if (isJpeg2000(syntax.getXferID())) {
        if (Status s = decodeJpeg2000InPlace(ds); !s) return Error{s.error()};
        xfer = EXS_LittleEndianExplicit;
    } else if (syntax.isEncapsulated()) {
        const OFCondition cond = ds.chooseRepresentation(EXS_LittleEndianExplicit, nullptr);
        if (cond.bad() || !ds.canWriteXfer(EXS_LittleEndianExplicit))
            return Error{QObject::tr("the pixel data in %1 cannot be decoded: %2")
                             .arg(QString::fromLatin1(syntax.getXferName()),
                                  QString::fromLatin1(cond.text()))};
        xfer = EXS_LittleEndianExplicit;
    }
    if (Status s = checkPixelDataLength(ds); !s) return Error{s.error()};
    OFString function;
    if (ds.findAndGetOFString(DCM_VOILUTFunction, function).good())
        d.function = QString::fromLatin1(function.c_str()).trimmed().toUpper();
    if (d.function.isEmpty()) d.function = QStringLiteral("LINEAR");
    d.image = std::make_unique<DicomImage>(&ds, xfer, 0UL, 0UL, 0UL);
    if (d.image->getStatus() != EIS_Normal)
        return Error{QObject::tr("the image cannot be shown: %1")
                         .arg(QString::fromLatin1(DicomImage::getString(d.image->getStatus())))};
    return picture;
}

int DicomPicture::columns() const { return int(d_->image->getWidth()); }
int DicomPicture::rows() const { return int(d_->image->getHeight()); }
int DicomPicture::frames() const { return int(d_->image->getFrameCount()); }
bool DicomPicture::monochrome() const { return d_->image->isMonochrome() != 0; }
int DicomPicture::voiLutCount() const { return int(d_->image->getVoiLutCount()); }
QString DicomPicture::voiFunction() const { return d_->function; }

QString DicomPicture::photometric() const {
    OFString value;
    d_->dataset().findAndGetOFString(DCM_PhotometricInterpretation, value);
    return QString::fromLatin1(value.c_str()).trimmed();
}

std::vector<VoiWindow> DicomPicture::windows() const {
    std::vector<VoiWindow> out;
    const unsigned long n = d_->image->getWindowCount();
    for (unsigned long i = 0; i < n; ++i) {
        VoiWindow w;
        if (!d_->fileWindow(int(i), w.center, w.width)) continue;
        OFString explanation;
        d_->image->getVoiWindowExplanation(i, explanation);
        w.explanation = QString::fromLatin1(explanation.c_str());
        out.push_back(w);
    }
    return out;
}

Result<QImage> DicomPicture::render(int frame, const VoiChoice& voi) {
    DicomImage& image = *d_->image;
    if (frame < 0 || frame >= frames())
        return Error{
            QObject::tr("there is no frame %1 (the image has %2)").arg(frame + 1).arg(frames())};
    if (image.isMonochrome()) {
        VoiChoice choice = voi;
        if (choice.kind == VoiChoice::Kind::Default) {
            choice.kind = image.getWindowCount() > 0   ? VoiChoice::Kind::FileWindow
                          : image.getVoiLutCount() > 0 ? VoiChoice::Kind::FileLut
                                                       : VoiChoice::Kind::MinMax;
            choice.index = 0;
        }
        bool ok = true;
        double center = 0, width = 0;
        switch (choice.kind) {
            case VoiChoice::Kind::FileWindow:
                ok = d_->fileWindow(choice.index, center, width) && d_->setWindow(center, width);
                break;
            case VoiChoice::Kind::FileLut:
                ok = image.setVoiLut(static_cast<unsigned long>(choice.index)) != 0;
                break;
            case VoiChoice::Kind::Explicit:
                ok = choice.width >= 1 && d_->setWindow(choice.center, choice.width);
                break;
            case VoiChoice::Kind::MinMax:
            case VoiChoice::Kind::Default:
                ok = image.setMinMaxWindow(0) != 0;
                break;
        }
        if (!ok) return Error{QObject::tr("that VOI transformation does not apply to this image")};
    }
    const void* pixels = image.getOutputData(8, static_cast<unsigned long>(frame), 0);
    if (!pixels) return Error{QObject::tr("frame %1 cannot be rendered").arg(frame + 1)};
    const int w = columns(), h = rows();
    const bool grey = image.isMonochrome() != 0;
    QImage out(w, h, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    const int rowBytes = grey ? w : 3 * w;
    for (int y = 0; y < h; ++y)
        std::memcpy(out.scanLine(y), static_cast<const uchar*>(pixels) + size_t(y) * rowBytes,
                    size_t(rowBytes));
    return out;
}

namespace {

template <typename T>
void copyValues(const void* data, size_t first, size_t count, DisplaySlice& out) {
    const T* in = static_cast<const T*>(data) + first;
    if (sizeof(T) <= 2 && !(std::is_same<T, uint16_t>::value)) {
        out.values16 = ownValues(count);
        std::copy(in, in + count, out.values16.get());
    } else if (std::is_same<T, uint16_t>::value) {
        // Unsigned 16-bit values above 32767 do not fit int16.
        bool fits = true;
        for (size_t i = 0; i < count && fits; ++i) fits = in[i] <= 32767;
        if (fits) {
            out.values16 = ownValues(count);
            std::copy(in, in + count, out.values16.get());
        } else {
            out.valuesFloat.assign(in, in + count);
        }
    } else {
        out.valuesFloat.assign(in, in + count);
    }
}

}  // namespace

Result<DisplaySlice> DicomPicture::slice(int frame) {
    DicomImage& image = *d_->image;
    if (frame < 0 || frame >= frames())
        return Error{
            QObject::tr("there is no frame %1 (the image has %2)").arg(frame + 1).arg(frames())};
    DcmDataset& ds = d_->dataset();
    DisplaySlice s;
    s.columns = columns();
    s.rows = rows();
    s.frame = frame;
    s.frames = frames();
    const size_t pixels = size_t(s.columns) * size_t(s.rows);
    if (image.isMonochrome() && image.getVoiLutCount() == 0) {
        const DiPixel* inter = image.getInterData();
        if (!inter || inter->getCount() < pixels * size_t(frame + 1))
            return Error{QObject::tr("the pixel values of frame %1 are missing").arg(frame + 1)};
        const size_t first = pixels * size_t(frame);
        switch (inter->getRepresentation()) {
            case EPR_Uint8:
                copyValues<uint8_t>(inter->getData(), first, pixels, s);
                break;
            case EPR_Sint8:
                copyValues<int8_t>(inter->getData(), first, pixels, s);
                break;
            case EPR_Uint16:
                copyValues<uint16_t>(inter->getData(), first, pixels, s);
                break;
            case EPR_Sint16:
                copyValues<int16_t>(inter->getData(), first, pixels, s);
                break;
            case EPR_Uint32:
                copyValues<uint32_t>(inter->getData(), first, pixels, s);
                break;
            case EPR_Sint32:
                copyValues<int32_t>(inter->getData(), first, pixels, s);
                break;
        }
        image.getMinMaxValues(s.minValue, s.maxValue, 0);
    } else {
        // Colour, or a VOI LUT sequence the view cannot apply itself: pixels as rendered.
        auto rendered = render(frame);
        if (!rendered) return Error{rendered.error()};
        const QImage& im = rendered.value();
        s.rgbChannels = im.isGrayscale() ? 1 : 3;
        s.rgb.resize(pixels * size_t(s.rgbChannels));
        const size_t rowBytes = size_t(s.columns) * size_t(s.rgbChannels);
        for (int y = 0; y < s.rows; ++y)
            std::memcpy(s.rgb.data() + size_t(y) * rowBytes, im.constScanLine(y), rowBytes);
        s.minValue = 0;
        s.maxValue = 255;
    }
    readSliceAttributes(ds, s);
    return s;
}

}  // namespace dicomnet::viewer
