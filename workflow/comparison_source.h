// What "Compare with previous" needs from the cache: the hanging protocols that fit the series
// shown, the relevant priors they ask for, and the registrations kept with film pairs. Each
// call opens the index for a few short queries.
#pragma once

#include "workflow/hanging_protocols.h"
#include "workflow/study_for_viewing.h"

#include "viewer/registration/registration.h"
#include "viewer/registration/volume_registration.h"

#include <optional>
#include <vector>

namespace dicomnet::workflow {

struct ComparisonPlan {
    HangingProtocol protocol;
    std::vector<StudyForViewing> priors;  // best first; `chosen` is the series to compare
};

class ComparisonSource {
public:
    explicit ComparisonSource(QString dataDir) : dataDir_(std::move(dataDir)) {}
    const QString& dataDir() const { return dataDir_; }
    // The modality and body part the protocols are chosen by, of `seriesUid` of `studyUid`.
    Result<std::pair<QString, QString>> kindOf(const QString& studyUid,
                                               const QString& seriesUid) const;

    // The protocols that fit `seriesUid` of `studyUid`, in the order they are tried.
    Result<std::vector<HangingProtocol>> protocols(const QString& studyUid,
                                                   const QString& seriesUid) const;
    // The priors protocol `protocolIndex` (of protocols()) asks for; fails, with a reason for
    // the user, when the patient has no earlier comparable study.
    Result<ComparisonPlan> plan(const QString& studyUid, const QString& seriesUid,
                                int protocolIndex = 0) const;
    std::optional<viewer::PlanarRegistration> kept(const QString& currentUid,
                                                   const QString& priorUid) const;
    Status keep(const QString& currentUid, const QString& priorUid,
                const viewer::PlanarRegistration& r) const;
    std::optional<viewer::VolumeRegistration> keptVolume(const QString& currentSeriesUid,
                                                         const QString& priorSeriesUid) const;
    Status keepVolume(const QString& currentSeriesUid, const QString& priorSeriesUid,
                      const viewer::VolumeRegistration& r) const;

private:
    QString dataDir_;
};

}  // namespace dicomnet::workflow
