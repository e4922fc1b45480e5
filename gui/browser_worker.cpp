#include "gui/browser_worker.h"

#include "workflow/consultation_states.h"

#include "consult/consultation_catalog.h"
#include "db/cache.h"

#include <QSettings>

namespace dicomnet::gui {

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
    if (!documents_) documents_ = std::make_unique<consult::SummaryMemo>();
    const QSet<QString> waiting = workflow::annotateConsultations(
        *cache_, rows.value(), QSettings().value(QStringLiteral("consult/author")).toString(),
        documents_.get());
    emit studiesFound(requestId, rows.value(), QStringList(waiting.begin(), waiting.end()));
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

}  // namespace dicomnet::gui
