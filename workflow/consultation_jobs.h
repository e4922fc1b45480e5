// The consultation editor's work off the GUI thread: reading where a study stands and the
// document to show, saving, signing, writing the PDF. Plain functions for QtConcurrent.
#pragma once

#include "consult/consultation.h"
#include "consult/consultation_state.h"
#include "consult/signing.h"

#include <QImage>
#include <QString>

#include <optional>
#include <vector>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::workflow {

struct LoadedConsultation {
    QString error;
    consult::StudyConsultation study;
    // The document the editor opens: the newest current draft, else the newest final.
    QString documentUid, documentState;
    std::optional<consult::Consultation> document;
    QString signature;  // of a final: what verification says
    std::vector<QImage> thumbnails;
    // The template a new consultation of this study opens with (its images' modality and
    // body part, consult::templateFor).
    QString suggestedTemplate = QStringLiteral("free");
};

// The template for a new consultation of `studyUid`: by the modality and body part of its first
// series of images.
QString templateForStudy(db::Cache& cache, const QString& studyUid);
QString templateForStudy(const QString& dataDir, const QString& studyUid);

LoadedConsultation loadConsultation(const QString& dataDir, const QString& studyUid);

struct SavedConsultation {
    QString error, draftUid, finalUid;
};

// Saves `c` (replacing `replaces`, if given); signs the result when `key` is given. When the
// form is unchanged since `existingDraft` was saved, that draft is signed as it is.
SavedConsultation saveAndSign(const QString& dataDir, const QString& studyUid,
                              const consult::Consultation& c, const QString& replaces,
                              const QString& existingDraft, std::optional<consult::SigningKey> key);

// Writes the PDF of document `uid` (its key images rendered, its signature checked).
QString writeConsultationPdf(const QString& dataDir, const QString& uid, const QString& pdfFile);

}  // namespace dicomnet::workflow
