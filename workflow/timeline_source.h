// The data behind the timeline, off the GUI thread: a patient's studies in the cache (matched by
// Patient ID and issuer), the studies configured peers hold of the same patient that the cache
// does not (C-FIND, one peer after the other; a peer that does not answer is reported, not
// fatal), and fetching one of those (C-GET into the cache).
#pragma once

#include "core/result.h"
#include "workflow/studies.h"

#include <QStringList>

#include <vector>

namespace dicomnet::workflow {

struct RemoteStudy {
    QString peer;
    StudyRow study;  // what the peer said of it
};

struct RemoteStudies {
    std::vector<RemoteStudy> studies;  // not in the cache, by date
    QStringList problems;              // "PEER: why" for peers that did not answer
};

Result<std::vector<StudyRow>> localTimeline(const QString& dataDir, const QString& patientId,
                                            const QString& issuer);
RemoteStudies remoteTimeline(const QString& dataDir, const QString& ourAeTitle,
                             const QString& patientId, const QString& issuer);
// Fetches the study by C-GET; the text says what came.
Result<QString> fetchStudy(const QString& dataDir, const QString& ourAeTitle, const QString& peer,
                           const QString& studyUid);

}  // namespace dicomnet::workflow
