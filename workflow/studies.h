// The cache as the study browser and the timeline read it: studies by filter with their
// consultation state, a study's series, and whether a UID names documents rather than images.
#pragma once

#include "core/result.h"
#include "db/cache_queries.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace dicomnet::db {
class Cache;
}

namespace dicomnet::consult {
class SummaryMemo;
}

namespace dicomnet::workflow {

using db::InstanceRow;
using db::PatientRow;
using db::SeriesRow;
using db::StudyFilter;
using db::StudyRow;

// The cache kept open by one thread (the browser's worker) for question after question.
class StudyReader {
public:
    explicit StudyReader(QString dataDir);
    ~StudyReader();

    // The studies `filter` matches, each with its consultation state as `me` (the author
    // named in the settings) sees it; `waiting` gets the studies that wait for `me`.
    Result<std::vector<StudyRow>> studies(const StudyFilter& filter, const QString& me,
                                          QStringList& waiting);
    Result<std::vector<SeriesRow>> series(const QString& studyUid);

private:
    Status open();
    QString dataDir_;
    std::unique_ptr<db::Cache> cache_;
    std::unique_ptr<consult::SummaryMemo> documents_;  // summaries of SR read once
};

// Listings of the cache (`dicomnet ls`): patients whose name contains `nameContains`, the
// studies `filter` matches, a study's series, a series' instances.
Result<std::vector<PatientRow>> listPatients(const QString& dataDir,
                                             const QString& nameContains = {});
Result<std::vector<StudyRow>> listStudies(const QString& dataDir, const StudyFilter& filter);
Result<std::vector<SeriesRow>> listSeries(const QString& dataDir, const QString& studyUid);
Result<std::vector<InstanceRow>> listInstances(const QString& dataDir, const QString& seriesUid);
// Every instance under a study, series or instance UID.
Result<std::vector<InstanceRow>> instancesUnder(const QString& dataDir, const QString& uid);

// The SOP Instance UIDs under `uid` when all of them are documents (structured reports,
// encapsulated PDF), which open as documents rather than images; empty otherwise.
QStringList documentsOnly(const QString& dataDir, const QString& uid);

}  // namespace dicomnet::workflow
