// The consultations in the cache: every SR document read and grouped by study, with the state
// of each study (for the browser, the timeline, `consult list` and "waiting for me").
#pragma once

#include "consultation_state.h"
#include "core/result.h"

#include <QHash>
#include <QStringList>

#include <map>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::consult {

// What documents said of themselves, kept by file and modification time: a catalog read again
// only reads the documents that are new or changed. Not thread-safe; one per thread.
class SummaryMemo {
public:
    Result<ConsultationSummary> summaryOf(const QString& file);

private:
    struct Entry {
        qint64 modified = 0, size = 0;
        ConsultationSummary summary;
    };
    QHash<QString, Entry> entries_;
};

struct ConsultationCatalog {
    std::map<QString, StudyConsultation> studies;  // by Study Instance UID
    QStringList problems;                          // documents that could not be read
};

// Of one study, or of every study when `studyUid` is empty.
Result<ConsultationCatalog> consultationsInCache(db::Cache& cache, const QString& studyUid = {},
                                                 SummaryMemo* memo = nullptr);

}  // namespace dicomnet::consult
