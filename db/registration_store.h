// Registrations kept with the pair they align (see migrations/005_registrations.sql).
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dicomnet::db {

class Cache;

struct StoredRegistration {
    QString currentUid, priorUid;
    QString kind;  // "planar" or "volume"
    int version = 1;
    QJsonObject parameters;
    double seconds = 0;
};

class RegistrationStore {
public:
    explicit RegistrationStore(Cache& cache) : cache_(cache) {}
    // Replaces what was kept for the same pair and kind.
    Status save(const StoredRegistration& r);
    // The one kept for the pair and kind made by `version`; none when absent or older.
    Result<std::optional<StoredRegistration>> find(const QString& currentUid,
                                                   const QString& priorUid, const QString& kind,
                                                   int version);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
