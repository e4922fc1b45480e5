#include "consultation_catalog.h"

#include "sr_document.h"

#include "db/cache_queries.h"

#include <QObject>

namespace dicomnet::consult {

Result<ConsultationCatalog> consultationsInCache(db::Cache& cache, const QString& studyUid) {
    auto reports = db::CacheQueries(cache).structuredReports(studyUid);
    if (!reports) return Error{reports.error()};
    std::map<QString, std::vector<ConsultationSummary>> byStudy;
    ConsultationCatalog catalog;
    for (const db::InstanceRow& r : reports.value()) {
        auto s = readSummary(r.filePath);
        if (!s) {
            catalog.problems << QObject::tr("%1: %2").arg(r.sopInstanceUid, s.error());
            continue;
        }
        byStudy[s->studyUid].push_back(s.value());
    }
    for (auto& [study, docs] : byStudy) catalog.studies[study] = consultationOf(std::move(docs));
    return catalog;
}

}  // namespace dicomnet::consult
