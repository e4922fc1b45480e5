#include "workflow/studies.h"

#include "workflow/study_shares.h"

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

namespace {

// Narrows `filter` to `readable` (a consultant's shared studies); nothing to do without a limit.
void limitTo(const std::optional<QStringList>& readable, StudyFilter& filter) {
    if (!readable) return;
    QStringList allowed = *readable;
    if (!filter.studyUids.isEmpty()) {
        QStringList both;
        for (const QString& uid : filter.studyUids)
            if (allowed.contains(uid)) both << uid;
        allowed = both;
    }
    filter.studyUids = allowed.isEmpty() ? QStringList{QStringLiteral("-")} : allowed;
}

// A consultant's listing holds the studies shared with them only.
Status limitToReadable(const QString& dataDir, StudyFilter& filter) {
    auto readable = readableStudies(dataDir);
    if (!readable) return Error{readable.error()};
    limitTo(readable.value(), filter);
    return {};
}

}  // namespace

Result<std::vector<StudyRow>> StudyReader::studies(const StudyFilter& wanted, const QString& me,
                                                   QStringList& waiting) {
    if (Status s = open(); !s) return Error{s.error()};
    StudyFilter filter = wanted;
    if (Status s = limitToReadable(dataDir_, filter); !s) return Error{s.error()};
    auto rows = db::CacheQueries(*cache_).studies(filter);
    if (!rows) return rows;
    if (!documents_) documents_ = std::make_unique<consult::SummaryMemo>();
    const QSet<QString> mine = annotateConsultations(*cache_, rows.value(), me, documents_.get());
    waiting = QStringList(mine.begin(), mine.end());
    return rows;
}

Result<std::vector<SeriesRow>> StudyReader::series(const QString& studyUid) {
    if (Status s = open(); !s) return Error{s.error()};
    if (Status s = mayOpen(dataDir_, studyUid); !s) return Error{s.error()};
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
    auto rows = withQueries(dataDir, [&](db::CacheQueries& q) { return q.patients(nameContains); });
    auto readable = readableStudies(dataDir);
    if (!rows || !readable) return readable ? rows : Error{readable.error()};
    if (!readable.value()) return rows;
    // A consultant sees the patients of the studies shared with them only.
    StudyFilter theirStudies;
    limitTo(readable.value(), theirStudies);
    auto studies =
        withQueries(dataDir, [&](db::CacheQueries& q) { return q.studies(theirStudies); });
    if (!studies) return Error{studies.error()};
    QSet<QString> theirs;
    for (const StudyRow& s : studies.value()) theirs.insert(s.patientId + '\n' + s.issuer);
    std::vector<PatientRow> kept;
    for (const PatientRow& p : rows.value())
        if (theirs.contains(p.patientId + '\n' + p.issuer)) kept.push_back(p);
    return kept;
}

Result<std::vector<StudyRow>> listStudies(const QString& dataDir, const StudyFilter& wanted) {
    StudyFilter filter = wanted;
    if (Status s = limitToReadable(dataDir, filter); !s) return Error{s.error()};
    return withQueries(dataDir, [&](db::CacheQueries& q) { return q.studies(filter); });
}

Result<std::vector<SeriesRow>> listSeries(const QString& dataDir, const QString& studyUid) {
    if (Status s = mayOpen(dataDir, studyUid); !s) return Error{s.error()};
    return withQueries(dataDir, [&](db::CacheQueries& q) { return q.series(studyUid); });
}

Result<std::vector<InstanceRow>> listInstances(const QString& dataDir, const QString& seriesUid) {
    if (Status s = mayOpen(dataDir, seriesUid); !s) return Error{s.error()};
    return withQueries(dataDir, [&](db::CacheQueries& q) { return q.instances(seriesUid); });
}

Result<std::vector<InstanceRow>> instancesUnder(const QString& dataDir, const QString& uid) {
    if (Status s = mayOpen(dataDir, uid); !s) return Error{s.error()};
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
