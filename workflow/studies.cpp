#include "workflow/studies.h"

#include "workflow/consultation_states.h"

#include "consult/consultation_catalog.h"
#include "db/cache.h"

#include <algorithm>

namespace dicomnet::workflow {

StudyReader::StudyReader(QString dataDir) : dataDir_(std::move(dataDir)) {}

StudyReader::~StudyReader() = default;

Status StudyReader::open() {
    if (cache_) return {};
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return Error{cache.error()};
    cache_ = std::move(cache.value());
    return {};
}

Result<std::vector<StudyRow>> StudyReader::studies(const StudyFilter& filter, const QString& me,
                                                   QStringList& waiting) {
    if (Status s = open(); !s) return Error{s.error()};
    auto rows = db::CacheQueries(*cache_).studies(filter);
    if (!rows) return rows;
    if (!documents_) documents_ = std::make_unique<consult::SummaryMemo>();
    const QSet<QString> mine = annotateConsultations(*cache_, rows.value(), me, documents_.get());
    waiting = QStringList(mine.begin(), mine.end());
    return rows;
}

Result<std::vector<SeriesRow>> StudyReader::series(const QString& studyUid) {
    if (Status s = open(); !s) return Error{s.error()};
    return db::CacheQueries(*cache_).series(studyUid);
}

namespace {

// Runs `query` on the cache of `dataDir`, opened for it.
template <class Query>
auto withQueries(const QString& dataDir, Query query)
    -> decltype(query(std::declval<db::CacheQueries&>())) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::CacheQueries queries(*cache.value());
    return query(queries);
}

}  // namespace

Result<std::vector<PatientRow>> listPatients(const QString& dataDir, const QString& nameContains) {
    return withQueries(dataDir, [&](db::CacheQueries& q) { return q.patients(nameContains); });
}

Result<std::vector<StudyRow>> listStudies(const QString& dataDir, const StudyFilter& filter) {
    return withQueries(dataDir, [&](db::CacheQueries& q) { return q.studies(filter); });
}

Result<std::vector<SeriesRow>> listSeries(const QString& dataDir, const QString& studyUid) {
    return withQueries(dataDir, [&](db::CacheQueries& q) { return q.series(studyUid); });
}

Result<std::vector<InstanceRow>> listInstances(const QString& dataDir, const QString& seriesUid) {
    return withQueries(dataDir, [&](db::CacheQueries& q) { return q.instances(seriesUid); });
}

Result<std::vector<InstanceRow>> instancesUnder(const QString& dataDir, const QString& uid) {
    return withQueries(dataDir, [&](db::CacheQueries& q) { return q.instancesUnder(uid); });
}

QStringList documentsOnly(const QString& dataDir, const QString& uid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return {};
    auto instances = db::CacheQueries(*cache.value()).instances(uid);
    if (!instances || instances->empty()) return {};
    const bool documents =
        std::all_of(instances->begin(), instances->end(), [](const InstanceRow& r) {
            return r.sopClassUid.startsWith(QLatin1String("1.2.840.10008.5.1.4.1.1.88.")) ||
                   r.sopClassUid == QLatin1String("1.2.840.10008.5.1.4.1.1.104.1");
        });
    QStringList uids;
    if (documents)
        for (const InstanceRow& r : instances.value()) uids << r.sopInstanceUid;
    return uids;
}

}  // namespace dicomnet::workflow
