#include "learning/suggestions.h"

#include "learning/descriptor.h"

#include <QObject>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

namespace dicomnet::learning {

namespace {

struct Part {
    QString code;
    int from = 0, count = -1;  // components; -1: the whole descriptor
};

std::vector<Part> partsOf(const QString& kind) {
    if (kind == kChestFilm) {
        const int n = componentsPerRegion(kind);
        std::vector<Part> parts;
        const QStringList zones = regionNames(kind);
        for (int z = 0; z < zones.size(); ++z)
            parts.push_back({QStringLiteral("BRX-") + zones[z], z * n, n});
        return parts;
    }
    if (kind == kChestCt) {
        const int n = componentsPerRegion(kind);
        // Regions: right upper, middle, lower; left upper, middle, lower. The left lung has
        // two lobes: the upper lobe takes its upper and middle thirds.
        return {{"CTSS-RUL", 0, n},         {"CTSS-RML", n, n},     {"CTSS-RLL", 2 * n, n},
                {"CTSS-LUL", 3 * n, 2 * n}, {"CTSS-LLL", 5 * n, n}, {"CORADS", -1, -1}};
    }
    return {};
}

QString totalOf(const QString& kind) {
    return kind == kChestFilm ? QStringLiteral("BRX-T")
           : kind == kChestCt ? QStringLiteral("CTSS-T")
                              : QString();
}

}  // namespace

Suggestions suggestScores(const CaseBase& base, const float* query,
                          const std::function<bool(int)>& skip, int k) {
    Suggestions out;
    const std::vector<Part> parts = partsOf(base.kind());
    if (parts.empty()) {
        out.why = QObject::tr("no scores are learned for this kind of series");
        return out;
    }
    // The cases signed with every part's score.
    auto usable = [&](int i) {
        if (skip && skip(i)) return false;
        for (const Part& p : parts)
            if (!base.at(i).labels.count(p.code)) return false;
        return true;
    };
    for (int i = 0; i < base.size(); ++i) out.labelledCases += usable(i) ? 1 : 0;
    if (out.labelledCases < kMinimumLabelled) {
        out.why = QObject::tr("%n signed case(s) with these scores; suggestions start at %1", "",
                              out.labelledCases)
                      .arg(kMinimumLabelled);
        return out;
    }
    const auto notUsable = [&](int i) { return !usable(i); };
    out.neighbours = base.nearest(query, k, notUsable);
    int total = 0;
    double totalConfidence = 0;
    int inTotal = 0;
    for (const Part& p : parts) {
        const auto near = base.nearest(query, k, notUsable, p.from, p.count);
        std::map<int, double> votes;
        double all = 0;
        for (const Neighbour& n : near) {
            const double w = 1.0 / (n.distance + 1e-3);
            votes[base.at(n.index).labels.at(p.code)] += w;
            all += w;
        }
        const auto best = std::max_element(votes.begin(), votes.end(),
                                           [](auto& a, auto& b) { return a.second < b.second; });
        ScoreSuggestion s{p.code, best->first, all > 0 ? best->second / all : 0, out.labelledCases};
        out.scores.push_back(s);
        if (p.code != QLatin1String("CORADS")) {
            total += s.value;
            totalConfidence += s.confidence;
            ++inTotal;
        }
    }
    out.scores.push_back(
        {totalOf(base.kind()), total, inTotal ? totalConfidence / inTotal : 0, out.labelledCases});
    out.available = true;
    return out;
}

NoveltyModel noveltyModel(const CaseBase& base, int k, int sample) {
    NoveltyModel model;
    model.k = k;
    const int n = base.size();
    if (n <= k + 1) return model;
    std::vector<int> picks(size_t(n), 0);
    for (int i = 0; i < n; ++i) picks[size_t(i)] = i;
    if (n > sample) {
        std::mt19937 rng(12345);  // the same sample every time: the same answers
        std::shuffle(picks.begin(), picks.end(), rng);
        picks.resize(size_t(sample));
    }
    for (int i : picks) {
        const qint64 patient = base.at(i).patientRef;
        const auto near =
            base.nearest(base.row(i), k, [&](int j) { return base.at(j).patientRef == patient; });
        double s = 0;
        for (const Neighbour& m : near) s += m.distance;
        model.distances.push_back(float(s / std::max<size_t>(1, near.size())));
    }
    std::sort(model.distances.begin(), model.distances.end());
    return model;
}

Novelty noveltyOf(const CaseBase& base, const NoveltyModel& model, const float* query,
                  const std::function<bool(int)>& skip) {
    Novelty out;
    if (model.distances.size() < 20) return out;
    const auto near = base.nearest(query, model.k, skip);
    double s = 0;
    for (const Neighbour& m : near) s += m.distance;
    out.distance = s / std::max<size_t>(1, near.size());
    out.typical = model.distances[model.distances.size() / 2];
    const auto below =
        std::lower_bound(model.distances.begin(), model.distances.end(), float(out.distance));
    out.percentile = double(below - model.distances.begin()) / double(model.distances.size());
    // Farther from its neighbours than nearly all stored cases are from theirs, or much
    // farther than the typical case (when the store already holds a few unusual ones, they
    // fill its top percentiles).
    out.novel = out.percentile >= kNovelPercentile || out.distance >= kNovelRatio * out.typical;
    out.known = true;
    return out;
}

}  // namespace dicomnet::learning
