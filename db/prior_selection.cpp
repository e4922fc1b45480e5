#include "prior_selection.h"

#include <QObject>

#include <algorithm>

namespace dicomnet::db {

namespace {

QString modalityKind(const QString& m) {
    const QString u = m.trimmed().toUpper();
    if (u == QLatin1String("CR") || u == QLatin1String("DX") || u == QLatin1String("DR") ||
        u == QLatin1String("RG"))
        return QStringLiteral("radiograph");
    return u;
}

// Body Part Examined as devices write it: the defined term CHEST, or THORAX, LUNG…
QString bodyRegion(const QString& b) {
    const QString u = b.trimmed().toUpper();
    static const QStringList chest{QStringLiteral("CHEST"), QStringLiteral("THORAX"),
                                   QStringLiteral("LUNG"), QStringLiteral("LUNGS"),
                                   QStringLiteral("PORTABLE CHEST")};
    static const QStringList head{QStringLiteral("HEAD"), QStringLiteral("SKULL"),
                                  QStringLiteral("BRAIN")};
    static const QStringList abdomen{QStringLiteral("ABDOMEN"), QStringLiteral("ABD")};
    if (chest.contains(u)) return QStringLiteral("CHEST");
    if (head.contains(u)) return QStringLiteral("HEAD");
    if (abdomen.contains(u)) return QStringLiteral("ABDOMEN");
    return u;
}

bool radiograph(const QString& m) { return modalityKind(m) == QLatin1String("radiograph"); }

bool sameOrUnknown(const QString& a, const QString& b) {
    return a.trimmed().isEmpty() || b.trimmed().isEmpty() ||
           a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

QString when(const StudyRow& s) { return s.date + s.time; }

}  // namespace

QString whyIncomparable(const QString& modalityA, const QString& bodyPartA,
                        const QString& modalityB, const QString& bodyPartB) {
    const auto named = [](const QString& m) {
        return radiograph(m)           ? QObject::tr("a radiograph (%1)").arg(m.trimmed().toUpper())
               : m.trimmed().isEmpty() ? QObject::tr("an image of no stated modality")
                                       : QObject::tr("a %1 image").arg(m.trimmed().toUpper());
    };
    if (modalityKind(modalityA) != modalityKind(modalityB))
        return QObject::tr("%1 cannot be compared with %2: choose one of the same kind")
            .arg(named(modalityA), named(modalityB));
    if (!sameOrUnknown(bodyRegion(bodyPartA), bodyRegion(bodyPartB)))
        return QObject::tr("an image of the %1 cannot be compared with one of the %2")
            .arg(bodyPartA.trimmed().toUpper(), bodyPartB.trimmed().toUpper());
    return {};
}

std::vector<PriorCandidate> rankPriors(const StudyRow& current, const SeriesRow& currentSeries,
                                       const std::vector<StudyWithSeries>& history) {
    std::vector<PriorCandidate> out;
    for (const StudyWithSeries& h : history) {
        if (h.study.studyUid == current.studyUid) continue;
        // Earlier only; a study without a date cannot be placed and is left out.
        if (h.study.date.isEmpty() || when(h.study) >= when(current)) continue;
        const SeriesRow* best = nullptr;
        bool bestSameView = false;
        for (const SeriesRow& s : h.series) {
            if (s.instanceCount == 0) continue;
            if (modalityKind(s.modality) != modalityKind(currentSeries.modality)) continue;
            if (!sameOrUnknown(bodyRegion(s.bodyPart), bodyRegion(currentSeries.bodyPart)))
                continue;
            const bool sameView = !radiograph(s.modality) ||
                                  sameOrUnknown(s.viewPosition, currentSeries.viewPosition);
            if (!best || (sameView && !bestSameView)) {
                best = &s;
                bestSameView = sameView;
            }
        }
        if (best) out.push_back({h.study, *best, bestSameView});
    }
    std::stable_sort(out.begin(), out.end(), [](const PriorCandidate& a, const PriorCandidate& b) {
        if (a.sameView != b.sameView) return a.sameView;
        return when(a.study) > when(b.study);
    });
    return out;
}

Result<std::vector<PriorCandidate>> relevantPriors(Cache& cache, const QString& currentStudyUid,
                                                   const QString& currentSeriesUid) {
    CacheQueries q(cache);
    StudyFilter f;
    f.studyUids = {currentStudyUid};
    auto studies = q.studies(f);
    if (!studies) return Error{studies.error()};
    if (studies->empty())
        return Error{QObject::tr("study %1 is not in the cache").arg(currentStudyUid)};
    const StudyRow current = studies->front();
    auto series = q.series(currentStudyUid);
    if (!series) return Error{series.error()};
    const SeriesRow* reference = nullptr;
    static const QStringList notImages{"SR", "PR", "KO", "DOC", "REG", "SEG"};
    for (const SeriesRow& s : series.value())
        if ((currentSeriesUid.isEmpty() && s.instanceCount > 0 && !reference &&
             !notImages.contains(s.modality)) ||
            s.seriesUid == currentSeriesUid)
            reference = &s;
    if (!reference) return std::vector<PriorCandidate>{};
    auto history = q.history(current.patientId, current.issuer);
    if (!history) return Error{history.error()};
    std::vector<StudyWithSeries> withSeries;
    for (const StudyRow& s : history.value()) {
        if (s.studyUid == currentStudyUid || when(s) >= when(current)) continue;
        auto rows = q.series(s.studyUid);
        if (!rows) return Error{rows.error()};
        withSeries.push_back({s, std::move(rows.value())});
    }
    return rankPriors(current, *reference, withSeries);
}

}  // namespace dicomnet::db
