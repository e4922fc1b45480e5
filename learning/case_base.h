// The stored descriptors of one kind as a case base: every vector scaled component by component
// (z-scores over the base, so that a share and a millimetre weigh alike), the labels the
// specialists signed for each case's study, and the nearest cases to a query by Euclidean
// distance, over the whole vector or one zone's part of it. Brute force over one block of
// memory: 100,000 descriptors of 50 numbers are 20 MB and a few milliseconds to scan.
#pragma once

#include <QString>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

namespace dicomnet::learning {

struct Case {
    qint64 seriesRef = 0, studyRef = 0, patientRef = 0;
    QString studyUid, seriesUid, studyDate;
    std::map<QString, int> labels;  // score code → value, from the study's signed consultation
};

struct Neighbour {
    int index = -1;
    float distance = 0;
};

class CaseBase {
public:
    CaseBase() = default;
    // `vectors[i]` is the descriptor of `cases[i]`; all of one length (shorter ones are dropped).
    CaseBase(QString kind, std::vector<Case> cases, const std::vector<std::vector<float>>& vectors);

    const QString& kind() const { return kind_; }
    int size() const { return int(cases_.size()); }
    int dims() const { return dims_; }
    const Case& at(int i) const { return cases_[size_t(i)]; }
    int indexOfSeries(qint64 seriesRef) const;
    int labelled(const QString& code) const;

    // A descriptor scaled like the base's.
    std::vector<float> scaled(const std::vector<float>& raw) const;
    const float* row(int i) const { return rows_.data() + size_t(i) * size_t(dims_); }

    // The k nearest cases to `query` (scaled) over components [from, from + count) (count -1:
    // to the end; from -1: the whole range below), nearest first, leaving out those `skip` names.
    std::vector<Neighbour> nearest(const float* query, int k,
                                   const std::function<bool(int)>& skip = {}, int from = -1,
                                   int count = -1) const;

    // What "the whole descriptor" means for similar cases, novelty and CO-RADS: every component
    // (the default), or only from `from` on (a site model that replaces the built-in vector).
    void setWholeFrom(int from) { wholeFrom_ = std::clamp(from, 0, std::max(0, dims_ - 1)); }
    int wholeFrom() const { return wholeFrom_; }

private:
    QString kind_;
    std::vector<Case> cases_;
    int dims_ = 0;
    int wholeFrom_ = 0;
    std::vector<float> mean_, scale_;
    std::vector<float> rows_;  // scaled, case after case
};

}  // namespace dicomnet::learning
