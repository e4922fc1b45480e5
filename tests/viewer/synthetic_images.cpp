#include "synthetic_images.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrus.h>

#include <QFile>

namespace dicomnet::test {

namespace {

void putLut(DcmItem& item, const DcmTagKey& descriptorTag, const DcmTagKey& dataTag,
            const std::vector<uint16_t>& data, int first, int bits) {
    // US (or SS) descriptor: entries (0 means 65536), first mapped value, bits per entry.
    const Uint16 descriptor[3] = {Uint16(data.size() == 65536 ? 0 : data.size()), Uint16(first),
                                  Uint16(bits)};
    auto* d = new DcmUnsignedShort(DcmTag(descriptorTag, EVR_US));
    d->putUint16Array(descriptor, 3);
    item.insert(d, true);
    auto* values = new DcmUnsignedShort(DcmTag(dataTag, EVR_US));
    values->putUint16Array(data.data(), static_cast<unsigned long>(data.size()));
    item.insert(values, true);
}

DcmItem* addSequenceItem(DcmDataset& ds, const DcmTagKey& sequence) {
    DcmItem* item = nullptr;
    ds.findOrCreateSequenceItem(sequence, item, -2);
    return item;
}

}  // namespace

bool writeSynthetic(const QString& path, const SyntheticImage& im) {
    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    char uid[100];
    ds.putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    ds.putAndInsertString(DCM_SOPInstanceUID,
                          dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
    ds.putAndInsertString(DCM_StudyInstanceUID,
                          dcmGenerateUniqueIdentifier(uid, SITE_STUDY_UID_ROOT));
    ds.putAndInsertString(DCM_SeriesInstanceUID,
                          dcmGenerateUniqueIdentifier(uid, SITE_SERIES_UID_ROOT));
    ds.putAndInsertString(DCM_Modality, "OT");
    ds.putAndInsertString(DCM_PatientID, "SYNTH");
    const bool palette = im.photometric == QLatin1String("PALETTE COLOR");
    ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds.putAndInsertString(DCM_PhotometricInterpretation, im.photometric.toLatin1().constData());
    ds.putAndInsertUint16(DCM_Rows, Uint16(im.rows));
    ds.putAndInsertUint16(DCM_Columns, Uint16(im.columns));
    if (im.frames > 1)
        ds.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(im.frames).constData());
    ds.putAndInsertUint16(DCM_BitsAllocated, Uint16(im.bitsAllocated));
    ds.putAndInsertUint16(DCM_BitsStored, Uint16(im.bitsStored));
    ds.putAndInsertUint16(DCM_HighBit, Uint16(im.bitsStored - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, im.pixelSigned ? 1 : 0);
    if (im.windowWidth > 0) {
        ds.putAndInsertString(DCM_WindowCenter, QByteArray::number(im.windowCenter).constData());
        ds.putAndInsertString(DCM_WindowWidth, QByteArray::number(im.windowWidth).constData());
    }
    if (!im.voiFunction.isEmpty())
        ds.putAndInsertString(DCM_VOILUTFunction, im.voiFunction.toLatin1().constData());
    if (im.rescaleSlope != 1 || im.rescaleIntercept != 0) {
        ds.putAndInsertString(DCM_RescaleSlope, QByteArray::number(im.rescaleSlope).constData());
        ds.putAndInsertString(DCM_RescaleIntercept,
                              QByteArray::number(im.rescaleIntercept).constData());
        ds.putAndInsertString(DCM_RescaleType, "US");
    }
    if (!im.presentationShape.isEmpty())
        ds.putAndInsertString(DCM_PresentationLUTShape,
                              im.presentationShape.toLatin1().constData());
    if (!im.voiLut.empty())
        putLut(*addSequenceItem(ds, DCM_VOILUTSequence), DCM_LUTDescriptor, DCM_LUTData, im.voiLut,
               im.lutFirst, im.lutBits);
    if (!im.modalityLut.empty()) {
        DcmItem* item = addSequenceItem(ds, DCM_ModalityLUTSequence);
        putLut(*item, DCM_LUTDescriptor, DCM_LUTData, im.modalityLut, im.lutFirst, im.lutBits);
        item->putAndInsertString(DCM_ModalityLUTType, "US");
    }
    if (palette) {
        putLut(ds, DCM_RedPaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData,
               im.paletteRed, im.lutFirst, im.lutBits);
        putLut(ds, DCM_GreenPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableData,
               im.paletteGreen, im.lutFirst, im.lutBits);
        putLut(ds, DCM_BluePaletteColorLookupTableDescriptor, DCM_BluePaletteColorLookupTableData,
               im.paletteBlue, im.lutFirst, im.lutBits);
    }
    size_t count = im.samples.size();
    if (im.truncatePixelData) count /= 2;
    if (im.bitsAllocated == 8) {
        std::vector<Uint8> bytes(count);
        for (size_t i = 0; i < count; ++i) bytes[i] = Uint8(im.samples[i]);
        ds.putAndInsertUint8Array(DCM_PixelData, bytes.data(), static_cast<unsigned long>(count));
    } else {
        ds.putAndInsertUint16Array(DCM_PixelData, im.samples.data(),
                                   static_cast<unsigned long>(count));
    }
    return file.saveFile(QFile::encodeName(path).constData(), EXS_LittleEndianExplicit).good();
}

}  // namespace dicomnet::test
