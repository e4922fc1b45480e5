// What the viewer needs of a study from the cache: its series, each with its files in order
// and the names for the corners (decoded by the index, in every character set).
#pragma once

#include "core/result.h"
#include "viewer/pixels/series_entry.h"

#include <vector>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::workflow {

struct StudyForViewing {
    std::vector<viewer::SeriesEntry> series;  // image series only
    int chosen = 0;                           // the series asked for, when a series UID was given
    QString title;                            // patient and study, for the window
    QString studyUid, date;                   // date as YYYY-MM-DD
    QString patientId, issuer;
};

// `uid`: a study, a series or an instance UID.
Result<StudyForViewing> studyForViewing(db::Cache& cache, const QString& uid);
// The same from the cache in `dataDir`, opened for these few indexed rows (quick enough for
// the GUI thread; the pixels load in the viewer's workers).
Result<StudyForViewing> studyForViewing(const QString& dataDir, const QString& uid);

}  // namespace dicomnet::workflow
