// Percentiles and means of pixel samples, for the extractors. Internal to learning/extractor.
#pragma once

#include <algorithm>
#include <vector>

namespace dicomnet::learning {

// The q-quantile (0…1) of `v` (reordered in place); 0 for an empty vector.
inline float quantile(std::vector<float>& v, double q) {
    if (v.empty()) return 0;
    const size_t k = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + long(k), v.end());
    return v[k];
}

inline double mean(const std::vector<float>& v) {
    if (v.empty()) return 0;
    double s = 0;
    for (float x : v) s += x;
    return s / double(v.size());
}

inline double shareAbove(const std::vector<float>& v, float threshold) {
    if (v.empty()) return 0;
    size_t n = 0;
    for (float x : v) n += x > threshold;
    return double(n) / double(v.size());
}

}  // namespace dicomnet::learning
