// Learning from the cache, for the window and the command line: the studies most like a given
// one (precedents), the scores the signed cases suggest for it, and how unlike everything
// stored it is. Only computed descriptors take part; only studies the signed-in user may read
// are shown; nothing leaves the workstation.
#pragma once

#include "core/result.h"
#include "learning/suggestions.h"

#include <QString>

#include <map>
#include <memory>
#include <vector>

namespace dicomnet::workflow {

struct SimilarCase {
    QString studyUid, seriesUid, studyDate, patientName, patientId, modality;
    double distance = 0;
    bool samePatient = false;
    std::map<QString, int> signedScores;  // the study's signed consultation's scores, if any
};

struct SimilarCases {
    QString kind, seriesUid;  // the descriptor searched with
    int searched = 0;         // stored descriptors of that kind
    std::vector<SimilarCase> cases;
};

// The `k` nearest studies to the study, series or instance `uid` (other patients' only unless
// `samePatient`). Fails saying why when `uid` has no computed descriptor.
Result<SimilarCases> similarCases(const QString& dataDir, const QString& uid, int k,
                                  bool samePatient = false);

struct StudySuggestions {
    QString kind, seriesUid;
    learning::Suggestions suggestions;  // available, or why not
    learning::Novelty novelty;
    std::vector<SimilarCase> neighbours;  // the signed cases the suggestions rest on
};

// What the signed cases suggest for the study `studyUid` (its first computed descriptor).
Result<StudySuggestions> suggestionsFor(const QString& dataDir, const QString& studyUid);

// The same for many studies (the worklist): the case bases are loaded once per kind.
class StudyLearner {
public:
    explicit StudyLearner(QString dataDir);
    ~StudyLearner();
    Result<StudySuggestions> suggestionsFor(const QString& studyUid);

private:
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace dicomnet::workflow
