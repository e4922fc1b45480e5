#include "link_compression.h"

#include "core/dcmtk_setup.h"
#include "core/dicom_object_reader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/dcmjpls/djrparam.h>

#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <mutex>

namespace dicomnet::network {

Result<Compressed> compressLossless(const QString& inFile, const QString& outFile) {
    ensureDcmtkConfigured();
    static std::once_flag once;
    std::call_once(once, [] { DJLSEncoderRegistration::registerCodecs(); });
    DcmFileFormat file;
    if (const QString why = DicomObjectReader::loadFile(inFile, file); !why.isEmpty())
        return Error{QObject::tr("%1 cannot be read: %2").arg(inFile, why)};
    DcmDataset& ds = *file.getDataset();
    Compressed c;
    const DcmXfer original(ds.getOriginalXfer());
    if (!ds.tagExists(DCM_PixelData) || original.isEncapsulated()) return c;
    const DJLSRepresentationParameter lossless(2, OFTrue);
    if (ds.chooseRepresentation(EXS_JPEGLSLossless, &lossless).bad() ||
        !ds.canWriteXfer(EXS_JPEGLSLossless))
        return c;  // an image the codec does not take: it goes as it is
    if (file.saveFile(QFile::encodeName(outFile).constData(), EXS_JPEGLSLossless).bad())
        return Error{QObject::tr("%1 cannot be written").arg(outFile)};
    c.changed = true;
    c.transferSyntaxUid = QString::fromLatin1(DcmXfer(EXS_JPEGLSLossless).getXferID());
    c.before = QFileInfo(inFile).size();
    c.after = QFileInfo(outFile).size();
    return c;
}

}  // namespace dicomnet::network
