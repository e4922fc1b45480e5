#include "workflow/comparison_source.h"
#include "workflow/eviction.h"

#include "workflow/kept_registrations.h"

#include "db/cache.h"
#include "db/prior_selection.h"

#include <QObject>

namespace dicomnet::workflow {

namespace {

Result<std::vector<HangingProtocol>> protocolsIn(db::Cache& cache, const QString& dataDir,
                                                 const QString& studyUid,
                                                 const QString& seriesUid) {
    auto series = db::CacheQueries(cache).series(studyUid);
    if (!series) return Error{series.error()};
    for (const db::SeriesRow& s : series.value())
        if (s.seriesUid == seriesUid)
            return matchingProtocols(hangingProtocols(dataDir), s.modality, s.bodyPart);
    return Error{QObject::tr("series %1 is not in the cache").arg(seriesUid)};
}

}  // namespace

Result<std::pair<QString, QString>> ComparisonSource::kindOf(const QString& studyUid,
                                                             const QString& seriesUid) const {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return Error{cache.error()};
    auto series = db::CacheQueries(*cache.value()).series(studyUid);
    if (!series) return Error{series.error()};
    for (const db::SeriesRow& s : series.value())
        if (s.seriesUid == seriesUid) return std::make_pair(s.modality, s.bodyPart);
    return Error{QObject::tr("series %1 is not in the cache").arg(seriesUid)};
}

Result<std::vector<HangingProtocol>> ComparisonSource::protocols(const QString& studyUid,
                                                                 const QString& seriesUid) const {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return Error{cache.error()};
    return protocolsIn(*cache.value(), dataDir_, studyUid, seriesUid);
}

Result<ComparisonPlan> ComparisonSource::plan(const QString& studyUid, const QString& seriesUid,
                                              int protocolIndex) const {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return Error{cache.error()};
    auto fitting = protocolsIn(*cache.value(), dataDir_, studyUid, seriesUid);
    if (!fitting) return Error{fitting.error()};
    if (fitting->empty()) return Error{QObject::tr("no hanging protocol fits this series")};
    ComparisonPlan plan;
    plan.protocol = fitting->at(size_t(std::clamp(protocolIndex, 0, int(fitting->size()) - 1)));
    auto priors = db::relevantPriors(*cache.value(), studyUid, seriesUid);
    if (!priors) return Error{priors.error()};
    if (priors->empty())
        return Error{QObject::tr("the patient has no earlier study to compare this one with")};
    for (const db::PriorCandidate& c : priors.value()) {
        if (int(plan.priors.size()) == plan.protocol.priors) break;
        // An evicted prior comes back first (this runs in the comparison's worker).
        if (Status here = ensureHere(dataDir_, c.series.seriesUid); !here)
            return Error{QObject::tr("the prior of %1 is held elsewhere: %2")
                             .arg(c.study.date, here.error())};
        auto study = studyForViewing(*cache.value(), c.series.seriesUid);
        if (!study) return Error{study.error()};
        plan.priors.push_back(std::move(study.value()));
    }
    return plan;
}

std::optional<viewer::PlanarRegistration> ComparisonSource::kept(const QString& currentUid,
                                                                 const QString& priorUid) const {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return std::nullopt;
    auto found = keptPlanarRegistration(*cache.value(), currentUid, priorUid);
    return found ? found.value() : std::nullopt;
}

Status ComparisonSource::keep(const QString& currentUid, const QString& priorUid,
                              const viewer::PlanarRegistration& r) const {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return Error{cache.error()};
    return keepPlanarRegistration(*cache.value(), currentUid, priorUid, r);
}

std::optional<viewer::VolumeRegistration> ComparisonSource::keptVolume(
    const QString& currentSeriesUid, const QString& priorSeriesUid) const {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return std::nullopt;
    auto found = keptVolumeRegistration(*cache.value(), currentSeriesUid, priorSeriesUid);
    return found ? found.value() : std::nullopt;
}

Status ComparisonSource::keepVolume(const QString& currentSeriesUid, const QString& priorSeriesUid,
                                    const viewer::VolumeRegistration& r) const {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return Error{cache.error()};
    return keepVolumeRegistration(*cache.value(), currentSeriesUid, priorSeriesUid, r);
}

}  // namespace dicomnet::workflow
