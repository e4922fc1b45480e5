#include "browser_worker.h"

#include "db/cache.h"

namespace dicomnet::app {

BrowserWorker::BrowserWorker(QString dataDir) : dataDir_(std::move(dataDir)) {}
BrowserWorker::~BrowserWorker() = default;

void BrowserWorker::registerTypes() {
    qRegisterMetaType<db::StudyFilter>();
    qRegisterMetaType<std::vector<db::StudyRow>>();
    qRegisterMetaType<std::vector<db::SeriesRow>>();
}

bool BrowserWorker::ensureOpen() {
    if (cache_) return true;
    auto cache = db::Cache::open(dataDir_);
    if (!cache) {
        emit failed(cache.error());
        return false;
    }
    cache_ = std::move(cache.value());
    return true;
}

void BrowserWorker::findStudies(int requestId, const db::StudyFilter& filter) {
    if (!ensureOpen()) return;
    auto rows = db::CacheQueries(*cache_).studies(filter);
    if (!rows) {
        emit failed(rows.error());
        return;
    }
    emit studiesFound(requestId, rows.value());
}

void BrowserWorker::findSeries(int requestId, const QString& studyUid) {
    if (!ensureOpen()) return;
    auto rows = db::CacheQueries(*cache_).series(studyUid);
    if (!rows) {
        emit failed(rows.error());
        return;
    }
    emit seriesFound(requestId, rows.value());
}

}  // namespace dicomnet::app
