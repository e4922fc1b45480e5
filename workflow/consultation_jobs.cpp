#include "workflow/consultation_jobs.h"

#include "workflow/consult_actions.h"
#include "workflow/key_images.h"
#include "workflow/site.h"

#include "consult/pdf_report.h"
#include "consult/sr_document.h"
#include "consult/templates.h"
#include "db/cache.h"
#include "db/cache_queries.h"

namespace dicomnet::workflow {

QString templateForStudy(db::Cache& cache, const QString& studyUid) {
    auto series = db::CacheQueries(cache).series(studyUid);
    if (!series) return QStringLiteral("free");
    static const QStringList documents{QStringLiteral("SR"), QStringLiteral("KO"),
                                       QStringLiteral("PR"), QStringLiteral("DOC")};
    for (const db::SeriesRow& s : series.value())
        if (!documents.contains(s.modality.trimmed().toUpper()) &&
            s.instanceCount + s.awayCount > 0)
            return consult::templateFor(s.modality, s.bodyPart);
    return QStringLiteral("free");
}

QString templateForStudy(const QString& dataDir, const QString& studyUid) {
    auto cache = db::Cache::open(dataDir);
    return cache ? templateForStudy(*cache.value(), studyUid) : QStringLiteral("free");
}

LoadedConsultation loadConsultation(const QString& dataDir, const QString& studyUid) {
    LoadedConsultation loaded;
    if (auto cache = db::Cache::open(dataDir))
        loaded.suggestedTemplate = templateForStudy(*cache.value(), studyUid);
    auto study = studyConsultation(dataDir, studyUid);
    if (!study) {
        loaded.error = study.error();
        return loaded;
    }
    loaded.study = study.value();
    const consult::ConsultationSummary* chosen = nullptr;
    for (const consult::ConsultationSummary& c : loaded.study.current)  // oldest first
        if (c.kind == QLatin1String("consultation") && c.state == QLatin1String("draft"))
            chosen = &c;
    if (!chosen)
        for (const consult::ConsultationSummary& c : loaded.study.current)
            if (c.kind == QLatin1String("consultation") && c.state == QLatin1String("final"))
                chosen = &c;
    if (!chosen) return loaded;
    auto doc = consult::readConsultation(chosen->filePath);
    if (!doc) {
        loaded.error = doc.error();
        return loaded;
    }
    loaded.document = doc.value();
    loaded.documentUid = chosen->sopInstanceUid;
    loaded.documentState = chosen->state;
    if (chosen->hasSignature) {
        auto check = consult::verifySignatures(chosen->filePath, siteCaCertificate(dataDir));
        if (check) loaded.signature = consult::describe(check.value());
    }
    auto cache = db::Cache::open(dataDir);
    if (cache) loaded.thumbnails = renderKeyImages(*cache.value(), doc.value(), 160);
    return loaded;
}

SavedConsultation saveAndSign(const QString& dataDir, const QString& studyUid,
                              const consult::Consultation& c, const QString& replaces,
                              const QString& existingDraft,
                              std::optional<consult::SigningKey> key) {
    SavedConsultation saved;
    saved.draftUid = existingDraft;
    if (saved.draftUid.isEmpty()) {
        auto draft = saveDraft(dataDir, studyUid, c, replaces);
        if (!draft) {
            saved.error = draft.error();
            return saved;
        }
        saved.draftUid = draft.value();
    }
    if (!key) return saved;
    auto final = signDraft(dataDir, saved.draftUid, *key);
    key->passphrase.fill('\0');
    if (!final) {
        saved.error = final.error();
        return saved;
    }
    saved.finalUid = final.value();
    return saved;
}

QString writeConsultationPdf(const QString& dataDir, const QString& uid, const QString& pdfFile) {
    auto file = documentFileIn(dataDir, uid);
    if (!file) return file.error();
    auto c = consult::readConsultation(file.value());
    if (!c) return c.error();
    consult::PrintOptions print;
    auto check = consult::verifySignatures(file.value(), siteCaCertificate(dataDir));
    if (check && check->state != consult::SignatureState::Unsigned)
        print.signature = consult::describe(check.value());
    auto cache = db::Cache::open(dataDir);
    if (cache) print.keyImages = renderKeyImages(*cache.value(), c.value());
    if (Status s = consult::exportPdf(file.value(), print, pdfFile); !s) return s.error();
    return {};
}

}  // namespace dicomnet::workflow
