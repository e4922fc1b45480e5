#include "workflow/kept_registrations.h"

#include "db/cache.h"
#include "db/registration_store.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dicomnet::workflow {

namespace {
const QString kKind = QStringLiteral("planar");
}

Result<std::optional<viewer::PlanarRegistration>> keptPlanarRegistration(db::Cache& cache,
                                                                         const QString& currentUid,
                                                                         const QString& priorUid) {
    auto found =
        db::RegistrationStore(cache).find(currentUid, priorUid, kKind, kPlanarRegistrationVersion);
    if (!found) return Error{found.error()};
    if (!found.value()) return std::optional<viewer::PlanarRegistration>{};
    const QJsonObject& o = found.value()->parameters;
    viewer::PlanarRegistration r;
    r.transform.rotationDeg = o.value(QStringLiteral("rotation_deg")).toDouble();
    r.transform.txPx = o.value(QStringLiteral("tx_px")).toDouble();
    r.transform.tyPx = o.value(QStringLiteral("ty_px")).toDouble();
    r.transform.scale = o.value(QStringLiteral("scale")).toDouble(1);
    r.metric = o.value(QStringLiteral("metric")).toDouble();
    r.iterations = o.value(QStringLiteral("iterations")).toInt();
    r.seconds = found.value()->seconds;
    return std::optional<viewer::PlanarRegistration>{r};
}

Status keepPlanarRegistration(db::Cache& cache, const QString& currentUid, const QString& priorUid,
                              const viewer::PlanarRegistration& r) {
    const QJsonObject parameters{{QStringLiteral("rotation_deg"), r.transform.rotationDeg},
                                 {QStringLiteral("tx_px"), r.transform.txPx},
                                 {QStringLiteral("ty_px"), r.transform.tyPx},
                                 {QStringLiteral("scale"), r.transform.scale},
                                 {QStringLiteral("metric"), r.metric},
                                 {QStringLiteral("iterations"), r.iterations}};
    return db::RegistrationStore(cache).save(
        {currentUid, priorUid, kKind, kPlanarRegistrationVersion, parameters, r.seconds});
}

Result<std::optional<viewer::VolumeRegistration>> keptVolumeRegistration(
    db::Cache& cache, const QString& currentSeriesUid, const QString& priorSeriesUid) {
    auto found = db::RegistrationStore(cache).find(
        currentSeriesUid, priorSeriesUid, QStringLiteral("volume"), kVolumeRegistrationVersion);
    if (!found) return Error{found.error()};
    if (!found.value()) return std::optional<viewer::VolumeRegistration>{};
    const QJsonObject& o = found.value()->parameters;
    const QJsonArray rotation = o.value(QStringLiteral("rotation")).toArray();
    const QJsonArray translation = o.value(QStringLiteral("translation_mm")).toArray();
    if (rotation.size() != 9 || translation.size() != 3)
        return std::optional<viewer::VolumeRegistration>{};  // unreadable: align again
    viewer::VolumeRegistration r;
    for (int i = 0; i < 9; ++i) r.transform.rotation[i] = rotation[i].toDouble();
    for (int i = 0; i < 3; ++i) r.transform.translation[i] = translation[i].toDouble();
    r.metric = o.value(QStringLiteral("metric")).toDouble();
    r.iterations = o.value(QStringLiteral("iterations")).toInt();
    r.seconds = found.value()->seconds;
    return std::optional<viewer::VolumeRegistration>{r};
}

Status keepVolumeRegistration(db::Cache& cache, const QString& currentSeriesUid,
                              const QString& priorSeriesUid, const viewer::VolumeRegistration& r) {
    QJsonArray rotation, translation;
    for (double v : r.transform.rotation) rotation.append(v);
    for (double v : r.transform.translation) translation.append(v);
    const QJsonObject parameters{{QStringLiteral("rotation"), rotation},
                                 {QStringLiteral("translation_mm"), translation},
                                 {QStringLiteral("metric"), r.metric},
                                 {QStringLiteral("iterations"), r.iterations}};
    return db::RegistrationStore(cache).save({currentSeriesUid, priorSeriesUid,
                                              QStringLiteral("volume"), kVolumeRegistrationVersion,
                                              parameters, r.seconds});
}

Result<std::optional<viewer::PlanarRegistration>> keptPlanarRegistration(const QString& dataDir,
                                                                         const QString& currentUid,
                                                                         const QString& priorUid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return keptPlanarRegistration(*cache.value(), currentUid, priorUid);
}

Status keepPlanarRegistration(const QString& dataDir, const QString& currentUid,
                              const QString& priorUid, const viewer::PlanarRegistration& r) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return keepPlanarRegistration(*cache.value(), currentUid, priorUid, r);
}

}  // namespace dicomnet::workflow
