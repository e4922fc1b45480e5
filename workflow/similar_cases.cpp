#include "workflow/similar_cases.h"

#include "consult/report_indexing.h"
#include "db/cache.h"
#include "db/consultation_index.h"
#include "db/descriptor_store.h"
#include "learning/descriptor.h"
#include "learning/site_model.h"
#include "workflow/features.h"
#include "workflow/study_shares.h"

#include <QObject>

#include <set>

namespace dicomnet::workflow {

namespace {

struct LoadedBase {
    learning::CaseBase base;
    std::optional<std::set<qint64>> readable;  // study ids, when the user's reading is limited
};

Result<LoadedBase> loadBase(const QString& dataDir, db::Cache& cache, const QString& kind) {
    if (Status s = consult::indexReports(cache); !s) return Error{s.error()};
    db::DescriptorStore store(cache);
    auto rows = store.computed(kind);
    if (!rows) return Error{rows.error()};
    auto labels = db::ConsultationIndex(cache).signedScoresByStudy();
    if (!labels) return Error{labels.error()};
    std::vector<learning::Case> cases;
    std::vector<std::vector<float>> vectors;
    cases.reserve(rows->size());
    vectors.reserve(rows->size());
    for (const db::DescriptorRow& r : rows.value()) {
        learning::Case c;
        c.seriesRef = r.seriesRef, c.studyRef = r.studyRef, c.patientRef = r.patientRef;
        if (auto l = labels->find(r.studyRef); l != labels->end()) c.labels = l->second;
        cases.push_back(std::move(c));
        vectors.push_back(learning::unpackValues(r.vector));
    }
    LoadedBase loaded{learning::CaseBase(kind, std::move(cases), vectors), std::nullopt};
    // A site model that replaces the built-in vector: similar cases, novelty and CO-RADS from
    // its output alone (the zones are still the built-in descriptor's).
    const learning::SiteModels models = learning::siteModelsIn(siteModelsDir(dataDir));
    const int builtIn = int(learning::componentNames(kind).size());
    if (const learning::SiteModel* m = learning::modelFor(models, kind);
        m && m->replace && loaded.base.dims() > builtIn)
        loaded.base.setWholeFrom(builtIn);
    auto readable = readableStudies(dataDir);
    if (!readable) return Error{readable.error()};
    if (readable->has_value()) {
        auto refs = store.studyRefs(*readable.value());
        if (!refs) return Error{refs.error()};
        loaded.readable = std::set<qint64>(refs->begin(), refs->end());
    }
    return loaded;
}

// The first computed descriptor under `uid`, or why there is none.
Result<db::DescriptorRow> queryRow(db::Cache& cache, const QString& uid) {
    auto rows = db::DescriptorStore(cache).ofUid(uid);
    if (!rows) return Error{rows.error()};
    if (rows->empty())
        return Error{QObject::tr("%1 is not a film or CT series in the cache, or has no "
                                 "descriptor")
                         .arg(uid)};
    QString why;
    for (const db::DescriptorRow& r : rows.value()) {
        if (r.state == db::DescriptorState::Computed) return r;
        if (r.state == db::DescriptorState::ToCompute)
            why = QObject::tr("its descriptor is not computed yet (dicomnet features)");
        else if (why.isEmpty())
            why = r.reason;
    }
    return Error{QObject::tr("%1: no descriptor: %2").arg(uid, why)};
}

SimilarCase describe(db::DescriptorStore& store, const learning::Case& c, double distance,
                     qint64 patient) {
    SimilarCase s;
    s.distance = distance;
    s.samePatient = c.patientRef == patient;
    s.signedScores = c.labels;
    auto row = store.ofSeries(c.seriesRef);
    if (row && row->has_value()) {
        const db::DescriptorRow& r = *row.value();
        s.studyUid = r.studyUid, s.seriesUid = r.seriesUid, s.studyDate = r.studyDate;
        s.patientName = r.patientName, s.patientId = r.patientId, s.modality = r.modality;
    }
    return s;
}

}  // namespace

Result<SimilarCases> similarCases(const QString& dataDir, const QString& uid, int k,
                                  bool samePatient) {
    if (Status s = mayOpen(dataDir, uid); !s) return Error{s.error()};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto query = queryRow(*cache.value(), uid);
    if (!query) return Error{query.error()};
    auto loaded = loadBase(dataDir, *cache.value(), query->kind);
    if (!loaded) return Error{loaded.error()};
    const learning::CaseBase& base = loaded->base;
    const auto scaled = base.scaled(learning::unpackValues(query->vector));
    const qint64 study = query->studyRef, patient = query->patientRef;
    const auto& readable = loaded->readable;
    const auto neighbours = base.nearest(scaled.data(), std::max(1, k), [&](int i) {
        const learning::Case& c = base.at(i);
        if (c.studyRef == study) return true;
        if (!samePatient && c.patientRef == patient) return true;
        return readable && !readable->count(c.studyRef);
    });
    SimilarCases out;
    out.kind = query->kind, out.seriesUid = query->seriesUid, out.searched = base.size();
    db::DescriptorStore store(*cache.value());
    for (const learning::Neighbour& n : neighbours)
        out.cases.push_back(describe(store, base.at(n.index), n.distance, patient));
    return out;
}

struct StudyLearner::Impl {
    QString dataDir;
    std::unique_ptr<db::Cache> cache;
    struct Learned {
        LoadedBase loaded;
        learning::NoveltyModel novelty;
    };
    std::map<QString, Learned> byKind;
};

StudyLearner::StudyLearner(QString dataDir) : d_(std::make_unique<Impl>()) {
    d_->dataDir = std::move(dataDir);
}
StudyLearner::~StudyLearner() = default;

Result<StudySuggestions> StudyLearner::suggestionsFor(const QString& studyUid) {
    if (Status s = mayOpen(d_->dataDir, studyUid); !s) return Error{s.error()};
    if (!d_->cache) {
        auto cache = db::Cache::open(d_->dataDir);
        if (!cache) return Error{cache.error()};
        d_->cache = std::move(cache.value());
    }
    db::Cache& cache = *d_->cache;
    auto query = queryRow(cache, studyUid);
    if (!query) return Error{query.error()};
    auto known = d_->byKind.find(query->kind);
    if (known == d_->byKind.end()) {
        auto loaded = loadBase(d_->dataDir, cache, query->kind);
        if (!loaded) return Error{loaded.error()};
        learning::NoveltyModel model = learning::noveltyModel(loaded->base);
        known =
            d_->byKind
                .emplace(query->kind, Impl::Learned{std::move(loaded.value()), std::move(model)})
                .first;
    }
    const learning::CaseBase& base = known->second.loaded.base;
    const auto& readable = known->second.loaded.readable;
    const auto scaled = base.scaled(learning::unpackValues(query->vector));
    const qint64 study = query->studyRef, patient = query->patientRef;
    // The study's own signed scores are not evidence for itself.
    const auto other = [&](int i) { return base.at(i).studyRef == study; };
    StudySuggestions out;
    out.kind = query->kind, out.seriesUid = query->seriesUid;
    out.suggestions = learning::suggestScores(base, scaled.data(), other);
    out.novelty = learning::noveltyOf(base, known->second.novelty, scaled.data(),
                                      [&](int i) { return base.at(i).patientRef == patient; });
    db::DescriptorStore store(cache);
    for (const learning::Neighbour& n : out.suggestions.neighbours)
        if (!readable || readable->count(base.at(n.index).studyRef))
            out.neighbours.push_back(describe(store, base.at(n.index), n.distance, patient));
    return out;
}

Result<StudySuggestions> suggestionsFor(const QString& dataDir, const QString& studyUid) {
    return StudyLearner(dataDir).suggestionsFor(studyUid);
}

}  // namespace dicomnet::workflow
