// What de-identification made of patients and UIDs (see migrations/008_pseudonyms.sql): the
// same patient always gets the same pseudonym and date shift, the same UID the same
// replacement, so that studies sent at different times stay one patient's, in order, and an
// answer about a pseudonym finds its way back.
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace dicomnet::db {

class Cache;

struct PatientPseudonym {
    QString pseudoId, pseudoName;
    int dateShiftDays = 0;
};

class PseudonymStore {
public:
    explicit PseudonymStore(Cache& cache) : cache_(cache) {}
    // The patient's pseudonym, made (random, kept) the first time.
    Result<PatientPseudonym> patient(const QString& patientId, const QString& issuer);
    // The replacement of `uid` ("2.25." and a random UUID, PS3.5 B.2), made the first time.
    Result<QString> replacement(const QString& uid);
    // Back: the original of a replacement UID; none when it is not one.
    Result<std::optional<QString>> original(const QString& replacementUid);
    // Back: the patient (ID, issuer) behind a pseudonymous Patient ID.
    Result<std::optional<std::pair<QString, QString>>> patientOf(const QString& pseudoId);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
