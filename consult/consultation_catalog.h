// The consultations in the cache: every SR document read and grouped by study, with the state
// of each study (for the browser, the timeline, `consult list` and "waiting for me").
#pragma once

#include "consultation_state.h"
#include "core/result.h"

#include <QStringList>

#include <map>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::consult {

struct ConsultationCatalog {
    std::map<QString, StudyConsultation> studies;  // by Study Instance UID
    QStringList problems;                          // documents that could not be read
};

// Of one study, or of every study when `studyUid` is empty.
Result<ConsultationCatalog> consultationsInCache(db::Cache& cache, const QString& studyUid = {});

}  // namespace dicomnet::consult
