// Reads the structured reports the writer noted in the consultation index (migration 021) and
// records what each one is, so that statistics count consultations with SQL. Called before the
// index is counted and after imports; each document is read once.
//
// What counts as COVID-19 (the rule `dicomnet stats` reports the share by, see covidRelated):
// a consultation written with a COVID-19 template (chest-xray-covid: the Brixia score;
// chest-ct-covid: CO-RADS and the CT severity score), or a request or consultation whose text
// names the disease or its virus: "COVID", "SARS-CoV-2", "coronavirus" (also in Romanian and
// Russian spelling), or its ICD-10 codes U07.1 / U07.2. A study counts as a COVID-19
// investigation when any of its documents does.
#pragma once

#include "core/result.h"

#include <QString>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::consult {

// Whether a template or a text marks a document as concerning COVID-19.
bool covidTemplate(const QString& templateName);
bool mentionsCovid(const QString& text);

// Reads every SR the consultation index has not read yet (one that cannot be read is marked so
// and not read again).
Status indexReports(db::Cache& cache);

}  // namespace dicomnet::consult
