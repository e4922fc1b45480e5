// Consultations as DICOM Comprehensive SR (DCMTK dcmsr), shaped after TID 2000 "Basic
// Diagnostic Imaging Report": observer context (the author, their organisation), and the
// Findings, Impressions and Recommendations sections, each a container of text. A draft is
// PARTIAL and UNVERIFIED. It joins the study of the image it is about, in a series of its own.
#pragma once

#include "consultation.h"
#include "core/result.h"

namespace dicomnet::consult {

// Writes `c` about the study of `studyFile` (any instance of it: the patient and study
// attributes are copied from it, in UTF-8) to `outFile`; returns the new SOP Instance UID.
Result<QString> writeConsultation(const QString& studyFile, const Consultation& c,
                                  const QString& outFile);

// Writes a consultation request about the study of `studyFile`: the question, its urgency and
// for whom, asked by `r.requester` (a complete, unverified Comprehensive SR in its own series).
Result<QString> writeRequest(const QString& studyFile, const ConsultationRequest& r,
                             const QString& outFile);

// A consultation dicomnet wrote, back into its parts (to amend it).
Result<Consultation> readConsultation(const QString& srFile);

// What `srFile` says of itself (title, author, state); fails for what is not SR.
Result<ConsultationSummary> readSummary(const QString& srFile);

// The document as an indented tree of its content items, for people to read.
Result<QString> renderTree(const QString& srFile);

}  // namespace dicomnet::consult
