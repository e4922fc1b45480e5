// Documents other systems send inside DICOM (Encapsulated PDF, PS3.3 A.45): what one is and
// the bytes it holds, to show or write out.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::consult {

inline constexpr const char* kEncapsulatedPdfClass = "1.2.840.10008.5.1.4.1.1.104.1";

struct EncapsulatedDocument {
    QString title, mimeType, patientName, patientId, contentDate, studyUid;
    QByteArray bytes;  // the document, without the padding byte DICOM may add
};

// Whether `file` is an Encapsulated PDF (reads its header only).
bool isEncapsulatedPdf(const QString& file);

Result<EncapsulatedDocument> readEncapsulated(const QString& file);

}  // namespace dicomnet::consult
