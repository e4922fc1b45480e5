#include "encapsulated_document.h"

#include "sr_io.h"
#include "core/dicom_object_reader.h"

#include <dcmtk/dcmdata/dcdeftag.h>

#include <QFile>
#include <QObject>

namespace dicomnet::consult {

namespace {

QString attribute(DcmItem& ds, const DcmTagKey& tag) {
    OFString v;
    ds.findAndGetOFStringArray(tag, v);
    return detail::text(v).trimmed();
}

}  // namespace

bool isEncapsulatedPdf(const QString& file) {
    DcmFileFormat f;
    if (!DicomObjectReader::loadFile(file, f, true).isEmpty()) return false;
    OFString sopClass;
    f.getDataset()->findAndGetOFString(DCM_SOPClassUID, sopClass);
    return sopClass == kEncapsulatedPdfClass;
}

Result<EncapsulatedDocument> readEncapsulated(const QString& file) {
    DcmFileFormat f;
    if (Status s = detail::loadFile(file, f); !s) return Error{s.error()};
    DcmDataset& ds = *f.getDataset();
    ds.convertToUTF8();
    EncapsulatedDocument d;
    d.title = attribute(ds, DCM_DocumentTitle);
    d.mimeType = attribute(ds, DCM_MIMETypeOfEncapsulatedDocument);
    d.patientName = attribute(ds, DCM_PatientName);
    d.patientId = attribute(ds, DCM_PatientID);
    d.contentDate = attribute(ds, DCM_ContentDate);
    d.studyUid = attribute(ds, DCM_StudyInstanceUID);
    const Uint8* data = nullptr;
    unsigned long length = 0;
    if (ds.findAndGetUint8Array(DCM_EncapsulatedDocument, data, &length).bad() || !data)
        return Error{QObject::tr("%1 holds no encapsulated document").arg(file)};
    d.bytes = QByteArray(reinterpret_cast<const char*>(data), qsizetype(length));
    // The value is padded to an even length with a NUL (a PDF never ends with one).
    if (d.bytes.endsWith('\0')) d.bytes.chop(1);
    return d;
}

}  // namespace dicomnet::consult
