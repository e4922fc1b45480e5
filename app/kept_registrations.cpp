#include "kept_registrations.h"

#include "db/registration_store.h"

#include <QJsonObject>

namespace dicomnet::app {

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

}  // namespace dicomnet::app
