// What the case base suggests for a new study, learned from the scores specialists signed:
//   chest film: each Brixia zone (BRX-A…F) from the k labelled cases whose same zone looks
//               most alike (distance over that zone's part of the descriptor), by a vote
//               weighted by closeness; the total (BRX-T) is the sum of the zones;
//   chest CT:   each lobe's CT severity (CTSS-RUL…LLL) from the lobe's thirds, the total
//               (CTSS-T) their sum, and CO-RADS from the whole descriptor.
// Each score has its confidence (the winning share of the weighted vote) and the number of
// signed cases it rests on; below kMinimumLabelled nothing is suggested and `why` says so.
// And novelty: how far a case lies from its nearest cases, against the same distance for
// the cases already stored.
#pragma once

#include "learning/case_base.h"

#include <QString>

#include <vector>

namespace dicomnet::learning {

constexpr int kMinimumLabelled = 20;
constexpr double kNovelPercentile = 0.99;
constexpr double kNovelRatio = 1.8;

struct ScoreSuggestion {
    QString code;  // as the template's score (BRX-A, CTSS-T, CORADS…)
    int value = 0;
    double confidence = 0;  // 0…1
    int basedOn = 0;        // signed cases with this score
};

struct Suggestions {
    bool available = false;
    QString why;  // when not available
    int labelledCases = 0;
    std::vector<ScoreSuggestion> scores;
    std::vector<Neighbour> neighbours;  // the labelled cases nearest over the whole descriptor
};

// `skip`: cases not to learn from (the study itself; in evaluations, the patient).
Suggestions suggestScores(const CaseBase& base, const float* scaledQuery,
                          const std::function<bool(int)>& skip, int k = 7);

struct NoveltyModel {
    int k = 5;
    std::vector<float> distances;  // sorted: each sampled case's mean distance to its k nearest
};

struct Novelty {
    bool known = false;     // false when the base is too small to tell
    double distance = 0;    // mean distance to the k nearest stored cases
    double typical = 0;     // the median of that distance over the stored cases
    double percentile = 0;  // share of stored cases that lie closer to theirs
    bool novel = false;  // percentile ≥ kNovelPercentile, or distance ≥ kNovelRatio × typical
};

// From up to `sample` cases of the base: the distance of each to its k nearest cases of other
// patients (a patient's own earlier film does not make a case ordinary). Query noveltyOf the
// same way, skipping the patient's own cases.
NoveltyModel noveltyModel(const CaseBase& base, int k = 5, int sample = 400);
Novelty noveltyOf(const CaseBase& base, const NoveltyModel& model, const float* scaledQuery,
                  const std::function<bool(int)>& skip);

}  // namespace dicomnet::learning
