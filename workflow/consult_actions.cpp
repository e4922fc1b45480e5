#include "workflow/consult_actions.h"

#include "workflow/audit.h"
#include "workflow/documents.h"
#include "workflow/peers.h"
#include "workflow/session.h"

#include "consult/consultation_catalog.h"
#include "consult/sr_document.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/forward_rules.h"
#include "db/job_store.h"
#include "db/peer_directory.h"

#include <QFileInfo>
#include <QObject>

namespace dicomnet::workflow {

namespace {

// The first instance of a study: its patient and study go into the document.
Result<QString> studyFile(db::Cache& cache, const QString& study) {
    auto instances = db::CacheQueries(cache).instancesUnder(study);
    if (!instances) return Error{instances.error()};
    if (instances->empty()) return Error{QObject::tr("study %1 is not in the cache").arg(study)};
    return instances->front().filePath;
}

// Records the writing of a consultation document (its UID in the detail) and passes it on.
Result<QString> auditedDocument(const QString& dataDir, const QString& action,
                                const QString& studyUid, const Result<QString>& made) {
    audited(dataDir, studyEvent(dataDir, action, studyUid, made ? made.value() : QString()),
            made ? Status{} : Status{Error{made.error()}});
    return made;
}

}  // namespace

Result<consult::DocumentReference> referenceOf(db::CacheQueries& queries, const QString& uid) {
    auto rows = queries.instancesUnder(uid);
    auto study = queries.studyOf(uid);
    auto series = queries.seriesOf(uid);
    if (!rows || !study || !series) return Error{QObject::tr("the cache cannot be read")};
    if (rows->size() != 1 || rows->front().sopInstanceUid != uid)
        return Error{QObject::tr("%1 is not an instance in the cache").arg(uid)};
    return consult::DocumentReference{study.value(), series.value(), rows->front().sopClassUid, uid,
                                      0};
}

Result<QString> documentFileIn(const QString& dataDir, const QString& uidOrFile) {
    if (QFileInfo(uidOrFile).isFile()) return uidOrFile;
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto rows = db::CacheQueries(*cache.value()).instancesUnder(uidOrFile);
    if (!rows) return Error{rows.error()};
    if (rows->size() != 1)
        return Error{QObject::tr("\"%1\" is neither a file nor an instance UID in the cache")
                         .arg(uidOrFile)};
    return rows->front().filePath;
}

Status addKeyImages(const QString& dataDir, const QString& studyUid, const QStringList& uids,
                    consult::Consultation& c) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::CacheQueries queries(*cache.value());
    for (const QString& uid : uids) {
        auto ref = referenceOf(queries, uid);
        if (!ref || ref->studyUid != studyUid)
            return Error{QObject::tr("%1 is not an image of study %2").arg(uid, studyUid)};
        c.keyImages.push_back({ref.value(), {}});
    }
    return {};
}

Result<consult::ConsultationCatalog> consultationCatalog(const QString& dataDir,
                                                         const QString& studyUid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return consult::consultationsInCache(*cache.value(), studyUid);
}

Result<QString> requestConsultation(const QString& dataDir, const QString& studyUid,
                                    const consult::ConsultationRequest& request) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto source = studyFile(*cache.value(), studyUid);
    if (!source) return Error{source.error()};
    auto made = writeIntoCache(dataDir, *cache.value(), [&](const QString& path) {
        return consult::writeRequest(source.value(), request, path);
    });
    return auditedDocument(dataDir, QStringLiteral("consultation-requested"), studyUid, made);
}

Result<QString> saveDraft(const QString& dataDir, const QString& studyUid, consult::Consultation c,
                          const QString& replaces) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto source = studyFile(*cache.value(), studyUid);
    if (!source) return Error{source.error()};
    db::CacheQueries queries(*cache.value());
    if (!replaces.isEmpty()) {
        auto ref = referenceOf(queries, replaces);
        if (!ref) return Error{ref.error()};
        c.predecessors.push_back(ref.value());
    }
    for (consult::KeyImage& k : c.keyImages) {
        if (!k.image.sopClassUid.isEmpty() && !k.image.seriesUid.isEmpty()) continue;
        auto ref = referenceOf(queries, k.image.sopInstanceUid);
        if (!ref) return Error{ref.error()};
        const int frame = k.image.frame;
        k.image = ref.value();
        k.image.frame = frame;
    }
    if (!c.answers && c.predecessors.empty()) {
        auto catalog = consult::consultationsInCache(*cache.value(), studyUid);
        if (catalog && catalog->studies.count(studyUid) &&
            !catalog->studies[studyUid].requests.empty()) {
            auto ref =
                referenceOf(queries, catalog->studies[studyUid].requests.back().sopInstanceUid);
            if (ref) c.answers = ref.value();
        }
    }
    const QString action = replaces.isEmpty() ? QStringLiteral("consultation-written")
                                              : QStringLiteral("consultation-amended");
    auto made = writeIntoCache(dataDir, *cache.value(), [&](const QString& path) {
        return consult::writeConsultation(source.value(), c, path);
    });
    return auditedDocument(dataDir, action, studyUid, made);
}

Result<QString> signDraft(const QString& dataDir, const QString& draftUidOrFile,
                          const consult::SigningKey& key) {
    auto draft = documentFileIn(dataDir, draftUidOrFile);
    if (!draft) return Error{draft.error()};
    // Someone signed in with a registered signing certificate signs with that one only.
    const Session session = currentSession();
    if (!session.open && !session.user.certificateSha256.isEmpty()) {
        auto fingerprint = certificateFingerprint(key.certificate);
        if (!fingerprint) return Error{fingerprint.error()};
        if (fingerprint.value() != session.user.certificateSha256)
            return Error{QObject::tr("%1 is not the signing certificate registered for %2")
                             .arg(key.certificate, session.user.login)};
    }
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto final = writeIntoCache(dataDir, *cache.value(), [&](const QString& path) {
        return consult::signConsultation(draft.value(), key, path);
    });
    if (final) answerBack(*cache.value(), final.value());
    const auto study = final ? db::CacheQueries(*cache.value()).studyOf(final.value())
                             : Result<QString>{QString()};
    return auditedDocument(dataDir, QStringLiteral("consultation-signed"),
                           study ? study.value() : QString(), final);
}

std::optional<QString> answerBack(db::Cache& cache, const QString& finalUid) {
    db::CacheQueries queries(cache);
    auto rows = queries.instancesUnder(finalUid);
    if (!rows || rows->size() != 1) return std::nullopt;
    auto summary = consult::readSummary(rows->front().filePath);
    if (!summary || summary->answers.isEmpty()) return std::nullopt;
    auto from = db::ForwardRules(cache).arrivedFrom(summary->answers);
    if (!from || !from.value()) return std::nullopt;
    auto peers = db::PeerDirectory(cache).list();
    if (!peers) return std::nullopt;
    for (const db::Peer& p : peers.value()) {
        if (p.dicomweb() || p.aeTitle != *from.value()) continue;
        auto study = queries.studyOf(finalUid);
        if (!study) return std::nullopt;
        if (db::JobStore(cache).createSend(p.name, {finalUid}, {{finalUid, study.value()}}))
            return p.name;
    }
    return std::nullopt;
}

Result<consult::StudyConsultation> studyConsultation(const QString& dataDir,
                                                     const QString& studyUid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto catalog = consult::consultationsInCache(*cache.value(), studyUid);
    if (!catalog) return Error{catalog.error()};
    auto it = catalog->studies.find(studyUid);
    return it == catalog->studies.end() ? consult::StudyConsultation{} : it->second;
}

}  // namespace dicomnet::workflow
