// Signs a Brixia consultation for a cohort film, as a radiologist would (the labels the
// learning module learns from). Header-only: for tests that link dicomnet_workflow.
#pragma once

#include "chest_cohort.h"

#include "consult/consultation.h"
#include "consult/signing.h"
#include "consult/templates.h"
#include "workflow/consult_actions.h"
#include "workflow/features.h"
#include "workflow/import.h"
#include "workflow/site.h"

namespace dicomnet::test {

// `patients` adults with one chest film each (no anomalies, nothing to refuse), written into
// `dir`/films, imported into `dataDir` and described; empty when something failed.
inline std::vector<CohortFilm> describedFilms(const QString& dir, const QString& dataDir,
                                              int patients, unsigned seed) {
    CohortOptions o;
    o.patients = patients, o.filmsPerPatient = 1, o.anomalies = 0, o.refusals = false;
    o.seed = seed;
    auto films = writeChestCohort(dir + QStringLiteral("/films"), o);
    if (!workflow::importInto(dataDir, {dir + QStringLiteral("/films")}) ||
        !workflow::computeDescriptors(dataDir, {}))
        films.clear();
    return films;
}

// The site's CA and the signing key of a radiologist, Ana Rusu; an error says why not.
inline Result<consult::SigningKey> radiologistKey(const QString& dataDir, const QString& keyDir) {
    if (Status s =
            workflow::initSite(dataDir, QStringLiteral("Spitalul Test"), QStringLiteral("ws1"));
        !s)
        return Error{s.error()};
    const QByteArray passphrase = "parola-de-semnare";
    auto person =
        workflow::issuePersonCertificate(dataDir, QStringLiteral("Ana Rusu"), keyDir, passphrase);
    if (!person) return Error{person.error()};
    return consult::SigningKey{person->certificate, person->privateKey, passphrase};
}

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
