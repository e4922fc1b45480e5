// `dicomnet stats --portal NAME`: the department's volume counted from its portal's QIDO-RS —
// studies and images per period and modality of every workstation's studies, not only those in
// this cache. One query per month of the range (StudyDate as a range, the answer paged), never
// one per study. The portal answers with studies, not with who sent or read them: consultations,
// readers, sources and the COVID-19 share come from the cache's own index.
#pragma once

#include "workflow/statistics.h"

namespace dicomnet::workflow {

// `filter` without a start: the last twelve months; without an end: today.
Result<StatsReport> portalStatistics(const QString& dataDir, const QString& portal,
                                     const StatsFilter& filter, StatsPeriod period);

}  // namespace dicomnet::workflow
