// What the window and the command line do with consultations, in one place: ask for one, save
// a draft, sign it, read where a study stands. Each opens the cache itself, so that it can run
// in a worker thread; every new document goes into the cache like a received object.
#pragma once

#include "consult/consultation.h"
#include "consult/consultation_catalog.h"
#include "consult/consultation_state.h"
#include "consult/signing.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dicomnet::db {
class Cache;
class CacheQueries;
}  // namespace dicomnet::db

namespace dicomnet::workflow {

// An instance of the cache as documents refer to it.
Result<consult::DocumentReference> referenceOf(db::CacheQueries& queries, const QString& uid);

// Writes the request into the study; returns its SOP Instance UID.
Result<QString> requestConsultation(const QString& dataDir, const QString& studyUid,
                                    const consult::ConsultationRequest& request);

// Writes `c` as a draft into the study. A first draft answers the study's open request (the
// latest); `replaces` (a SOP Instance UID: an earlier draft, or the final it amends) is added
// to what it names as predecessors. Key images given by SOP Instance UID alone are completed
// from the cache.
Result<QString> saveDraft(const QString& dataDir, const QString& studyUid, consult::Consultation c,
                          const QString& replaces = {});

// Makes the draft `draftUid` (or file) final and signs it; returns the final's UID. When the
// request it answers came from a known peer, the final is queued to go back there.
Result<QString> signDraft(const QString& dataDir, const QString& draftUidOrFile,
                          const consult::SigningKey& key);

// Queues the final consultation `finalUid` to the peer its request came from (by the AE title
// the request arrived with); the peer's name, or none.
std::optional<QString> answerBack(db::Cache& cache, const QString& finalUid);

// Adds the images `uids` (SOP Instance UIDs) of study `studyUid` to `c` as key images; fails
// naming a UID that is not an image of that study.
Status addKeyImages(const QString& dataDir, const QString& studyUid, const QStringList& uids,
                    consult::Consultation& c);

// The consultation documents in the cache, of one study or (empty) of all.
Result<consult::ConsultationCatalog> consultationCatalog(const QString& dataDir,
                                                         const QString& studyUid = {});

// Where the study's consultation stands.
Result<consult::StudyConsultation> studyConsultation(const QString& dataDir,
                                                     const QString& studyUid);

// The file of an instance UID in the cache (or the file itself).
Result<QString> documentFileIn(const QString& dataDir, const QString& uidOrFile);

}  // namespace dicomnet::workflow
