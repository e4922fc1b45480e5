// Which earlier studies of the patient to compare the current one with: same kind of
// modality (CR and DX are both radiographs), the same body part when both say one, for
// radiographs the same view position first; then the latest. The timeline and "Compare with
// previous" use it.
#pragma once

#include "cache_queries.h"

#include <vector>

namespace dicomnet::db {

struct PriorCandidate {
    StudyRow study;
    SeriesRow series;  // its series to compare
    bool sameView = true;
};

// The current study's series to compare is `currentSeriesUid`, else its first series with
// images. Best first; empty when the patient has no earlier comparable study.
Result<std::vector<PriorCandidate>> relevantPriors(Cache& cache, const QString& currentStudyUid,
                                                   const QString& currentSeriesUid = {});

// Why a film or series of `modalityA` and `bodyPartA` cannot be compared with one of
// `modalityB` and `bodyPartB` — another kind of modality, another body part (when both say
// one; CHEST, THORAX and LUNG are one) — in words for the user; empty when they can.
QString whyIncomparable(const QString& modalityA, const QString& bodyPartA,
                        const QString& modalityB, const QString& bodyPartB);

// The pure ranking, for tests: `history` is the patient's studies with their series.
struct StudyWithSeries {
    StudyRow study;
    std::vector<SeriesRow> series;
};
std::vector<PriorCandidate> rankPriors(const StudyRow& current, const SeriesRow& currentSeries,
                                       const std::vector<StudyWithSeries>& history);

}  // namespace dicomnet::db
