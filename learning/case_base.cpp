#include "learning/case_base.h"

#include <algorithm>
#include <cmath>

namespace dicomnet::learning {

CaseBase::CaseBase(QString kind, std::vector<Case> cases,
                   const std::vector<std::vector<float>>& vectors)
    : kind_(std::move(kind)) {
    // The common length: the most frequent one (a site model may extend some vectors).
    std::map<size_t, int> lengths;
    for (const auto& v : vectors) ++lengths[v.size()];
    size_t length = 0;
    int most = 0;
    for (const auto& [l, n] : lengths)
        if (n > most && l > 0) length = l, most = n;
    dims_ = int(length);
    for (size_t i = 0; i < cases.size() && i < vectors.size(); ++i) {
        if (vectors[i].size() != length) continue;
        bool finite = true;
        for (float x : vectors[i]) finite &= std::isfinite(x);
        if (!finite) continue;
        cases_.push_back(std::move(cases[i]));
        rows_.insert(rows_.end(), vectors[i].begin(), vectors[i].end());
    }
    const size_t n = cases_.size(), d = length;
    mean_.assign(d, 0.f);
    scale_.assign(d, 1.f);
    if (n == 0) return;
    std::vector<double> sum(d, 0), sum2(d, 0);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < d; ++j) {
            const double x = rows_[i * d + j];
            sum[j] += x, sum2[j] += x * x;
        }
    for (size_t j = 0; j < d; ++j) {
        const double m = sum[j] / double(n);
        const double var = std::max(0.0, sum2[j] / double(n) - m * m);
        mean_[j] = float(m);
        // A component that does not vary gets no weight rather than an infinite one.
        scale_[j] = var > 1e-12 ? float(1 / std::sqrt(var)) : 0.f;
    }
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < d; ++j) rows_[i * d + j] = (rows_[i * d + j] - mean_[j]) * scale_[j];
}

int CaseBase::indexOfSeries(qint64 seriesRef) const {
    for (size_t i = 0; i < cases_.size(); ++i)
        if (cases_[i].seriesRef == seriesRef) return int(i);
    return -1;
}

int CaseBase::labelled(const QString& code) const {
    int n = 0;
    for (const Case& c : cases_) n += c.labels.count(code) ? 1 : 0;
    return n;
}

std::vector<float> CaseBase::scaled(const std::vector<float>& raw) const {
    std::vector<float> out(size_t(dims_), 0.f);
    for (size_t j = 0; j < out.size() && j < raw.size(); ++j)
        out[j] = (raw[j] - mean_[j]) * scale_[j];
    return out;
}

std::vector<Neighbour> CaseBase::nearest(const float* query, int k,
                                         const std::function<bool(int)>& skip, int from,
                                         int count) const {
    if (from < 0) from = wholeFrom_;
    if (count < 0) count = dims_ - from;
    std::vector<Neighbour> best;  // kept sorted, at most k
    best.reserve(size_t(k) + 1);
    const size_t d = size_t(dims_);
    for (int i = 0; i < int(cases_.size()); ++i) {
        const float* r = rows_.data() + size_t(i) * d + size_t(from);
        const float* q = query + from;
        float s = 0;
        for (int j = 0; j < count; ++j) {
            const float diff = r[j] - q[j];
            s += diff * diff;
        }
        if (int(best.size()) == k && s >= best.back().distance) continue;
        if (skip && skip(i)) continue;
        Neighbour n{i, s};
        best.insert(std::upper_bound(best.begin(), best.end(), n,
                                     [](const Neighbour& a, const Neighbour& b) {
                                         return a.distance < b.distance;
                                     }),
                    n);
        if (int(best.size()) > k) best.pop_back();
    }
    for (Neighbour& n : best) n.distance = std::sqrt(n.distance);
    return best;
}

}  // namespace dicomnet::learning
