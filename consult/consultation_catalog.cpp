#include "consultation_catalog.h"

#include "sr_document.h"

#include "db/cache_queries.h"

#include <QDateTime>
#include <QFileInfo>
#include <QObject>

namespace dicomnet::consult {

Result<ConsultationSummary> SummaryMemo::summaryOf(const QString& file) {
    const QFileInfo info(file);
    const qint64 modified = info.lastModified().toMSecsSinceEpoch();
    auto it = entries_.constFind(file);
    if (it != entries_.constEnd() && it->modified == modified && it->size == info.size())
        return it->summary;
    auto s = readSummary(file);
    if (s) entries_.insert(file, {modified, info.size(), s.value()});
    return s;
}

Result<ConsultationCatalog> consultationsInCache(db::Cache& cache, const QString& studyUid,
                                                 SummaryMemo* memo) {
    auto reports = db::CacheQueries(cache).structuredReports(studyUid);
    if (!reports) return Error{reports.error()};
    std::map<QString, std::vector<ConsultationSummary>> byStudy;
    ConsultationCatalog catalog;
    db::CacheQueries queries(cache);
    for (const db::InstanceRow& r : reports.value()) {
        auto s = memo ? memo->summaryOf(r.filePath) : readSummary(r.filePath);
        if (!s) {
            catalog.problems << QObject::tr("%1: %2").arg(r.sopInstanceUid, s.error());
            continue;
        }
        // The study the index has it under: an answer about a de-identified copy of a study
        // is the real study's, whatever its file says.
        ConsultationSummary summary = s.value();
        auto indexed =
            studyUid.isEmpty() ? queries.studyOf(r.sopInstanceUid) : Result<QString>(studyUid);
        if (indexed && !indexed->isEmpty() && indexed.value() != summary.studyUid) {
            summary.pseudonymousStudyUid = summary.studyUid;
            summary.studyUid = indexed.value();
        }
        byStudy[summary.studyUid].push_back(summary);
    }
    for (auto& [study, docs] : byStudy) catalog.studies[study] = consultationOf(std::move(docs));
    return catalog;
}

}  // namespace dicomnet::consult
