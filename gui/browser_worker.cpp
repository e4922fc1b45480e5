#include "gui/browser_worker.h"

#include "workflow/session.h"

#include <QSettings>

namespace dicomnet::gui {

BrowserWorker::BrowserWorker(QString dataDir) : reader_(std::move(dataDir)) {}
BrowserWorker::~BrowserWorker() = default;

void BrowserWorker::registerTypes() {
    qRegisterMetaType<workflow::StudyFilter>();
    qRegisterMetaType<std::vector<workflow::StudyRow>>();
    qRegisterMetaType<std::vector<workflow::SeriesRow>>();
}

void BrowserWorker::findStudies(int requestId, const workflow::StudyFilter& filter) {
    QStringList waiting;
    auto rows = reader_.studies(
        filter,
        workflow::signedInName(QSettings().value(QStringLiteral("consult/author")).toString()),
        waiting);
    if (!rows) {
        emit failed(rows.error());
        return;
    }
    emit studiesFound(requestId, rows.value(), waiting);
}

void BrowserWorker::findSeries(int requestId, const QString& studyUid) {
    auto rows = reader_.series(studyUid);
    if (!rows) {
        emit failed(rows.error());
        return;
    }
    emit seriesFound(requestId, rows.value());
}

}  // namespace dicomnet::gui
