// Film registrations kept with their pair in the index, shared by `dicomnet compare` and the
// viewer window ("planar", by SOP Instance UIDs; the version is the method's).
#pragma once

#include "core/result.h"
#include "viewer/registration/registration.h"
#include "viewer/registration/volume_registration.h"

#include <optional>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::workflow {

constexpr int kPlanarRegistrationVersion = 1;  // raise when the method changes

Result<std::optional<viewer::PlanarRegistration>> keptPlanarRegistration(db::Cache& cache,
                                                                         const QString& currentUid,
                                                                         const QString& priorUid);
Status keepPlanarRegistration(db::Cache& cache, const QString& currentUid, const QString& priorUid,
                              const viewer::PlanarRegistration& r);

// Volumes ("volume", by series UIDs): the rigid transform prior → current.
// The same with the cache of `dataDir`, opened for the one lookup.
Result<std::optional<viewer::PlanarRegistration>> keptPlanarRegistration(const QString& dataDir,
                                                                         const QString& currentUid,
                                                                         const QString& priorUid);
Status keepPlanarRegistration(const QString& dataDir, const QString& currentUid,
                              const QString& priorUid, const viewer::PlanarRegistration& r);

constexpr int kVolumeRegistrationVersion = 1;
Result<std::optional<viewer::VolumeRegistration>> keptVolumeRegistration(
    db::Cache& cache, const QString& currentSeriesUid, const QString& priorSeriesUid);
Status keepVolumeRegistration(db::Cache& cache, const QString& currentSeriesUid,
                              const QString& priorSeriesUid, const viewer::VolumeRegistration& r);

}  // namespace dicomnet::workflow
