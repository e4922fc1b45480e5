// Signs a Brixia consultation for a cohort film, as a radiologist would (the labels the
// learning module learns from). Header-only: for tests that link dicomnet_workflow.
#pragma once

#include "chest_cohort.h"

#include "consult/consultation.h"
#include "consult/signing.h"
#include "consult/templates.h"
#include "workflow/consult_actions.h"

namespace dicomnet::test {

// Empty on success, else what failed.
inline QString signBrixia(const QString& dataDir, const CohortFilm& film,
                          const consult::SigningKey& key) {
    auto brixia = consult::loadTemplate(QStringLiteral("chest-xray-covid"));
    if (!brixia) return brixia.error();
    consult::Consultation c;
    c.templateName = QStringLiteral("chest-xray-covid");
    c.author = QStringLiteral("Rusu^Ana");
    c.findings = QStringLiteral("Opacities as scored.");
    std::vector<std::pair<QString, QString>> given;
    for (int z = 0; z < 6; ++z)
        given.emplace_back(QStringLiteral("brixia.") + QChar('A' + z),
                           QString::number(film.grades[size_t(z)]));
    if (Status s = consult::applyScores(brixia.value(), given, c); !s) return s.error();
    auto draft = workflow::saveDraft(dataDir, film.studyUid, c);
    if (!draft) return draft.error();
    auto final = workflow::signDraft(dataDir, draft.value(), key);
    return final ? QString() : final.error();
}

}  // namespace dicomnet::test
