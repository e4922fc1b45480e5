// consult/'s own helpers around DCMTK (not part of its interface): reading an SR file, the
// patient and study attributes every document of a study repeats, and text conversions.
#pragma once

#include "core/result.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <QString>

#include <string>

#include "consultation.h"

namespace dicomnet::consult::detail {

// dicomnet's declared private coding scheme (scores, requests) and the request's title code.
constexpr const char* kPrivateScheme = "99DICOMNET";
constexpr const char* kRequestCode = "REQUEST";

// Declares 99DICOMNET in the document's Coding Scheme Identification (PS3.3 C.12.1.1.6).
void declarePrivateScheme(DSRDocument& doc);

// A request's question, urgency and addressee, from its tree.
ConsultationRequest readRequestContent(DSRDocumentTree& tree);

inline std::string utf8(const QString& s) { return s.toUtf8().toStdString(); }
inline QString text(const OFString& s) { return QString::fromUtf8(s.c_str()); }

// "Given Family" → "Family^Given"; a name with '^' is DICOM already.
QString personName(const QString& name);

Status check(const OFCondition& c, const char* what);

// Loads `file` (a failure names it).
Status loadFile(const QString& file, DcmFileFormat& into);
// Loads `srFile` into `doc`; fails for what is not SR.
Status readDocument(const QString& srFile, DSRDocument& doc);
Status readDocument(DcmDataset& dataset, const QString& srFile, DSRDocument& doc);

// The patient and study as `from` has them, into `to` (dcmsr keeps most, not all, of these).
void copyPatientAndStudy(DcmItem& from, DcmItem& to);

// Reads the patient and study of `studyFile` (any instance of the study, converted to UTF-8)
// into `source`, and starts `doc` (UTF-8, by dicomnet) in a new series of that study.
Status startDocument(const QString& studyFile, DcmFileFormat& source, DSRDocument& doc,
                     const QString& seriesDescription, const char* seriesNumber);
// The root container titled `title` (with template `templateId` of DCMR, if given) and its
// observer context (TID 1002): a person, their name and organisation. The last item added is
// current.
Status addRootAndObserver(DSRDocumentTree& tree, const DSRCodedEntryValue& title,
                          const QString& person, const QString& organisation,
                          const char* templateId = nullptr);
// Writes `doc`, with the patient and study of `source`, to `outFile`; returns its UID.
Result<QString> finishDocument(DSRDocument& doc, DcmFileFormat& source, const QString& outFile);

// Writes `file`'s data set to `path` in Explicit VR Little Endian (what the signatures hash).
Status saveFile(DcmFileFormat& file, const QString& path);

}  // namespace dicomnet::consult::detail
