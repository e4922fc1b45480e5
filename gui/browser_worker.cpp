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

namespace {

// Whether the signed-in user may list studies (an administrator may not); the refusal when not.
Status mayList() {
    const workflow::Session session = workflow::currentSession();
    if (session.open) return {};
    return workflow::allowed(session.user.login, session.user.role,
                             workflow::Permission::ListStudies);
}

}  // namespace

void BrowserWorker::findStudies(int requestId, const workflow::StudyFilter& filter) {
    if (Status s = mayList(); !s) {
        emit studiesFound(requestId, {}, {});
        emit failed(s.error());
        return;
    }
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
    if (Status s = mayList(); !s) {
        emit failed(s.error());
        return;
    }
    auto rows = reader_.series(studyUid);
    if (!rows) {
        emit failed(rows.error());
        return;
    }
    emit seriesFound(requestId, rows.value());
}

}  // namespace dicomnet::gui
