#include "gui/browser_worker.h"

#include "workflow/session.h"
#include "workflow/triage.h"

#include <QSettings>

namespace dicomnet::gui {

BrowserWorker::BrowserWorker(QString dataDir) : dataDir_(dataDir), reader_(std::move(dataDir)) {}
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
        emit studiesFound(requestId, {}, {}, {});
        emit failed(s.error());
        return;
    }
    QStringList waiting;
    const QString me =
        workflow::signedInName(QSettings().value(QStringLiteral("consult/author")).toString());
    auto rows = reader_.studies(filter, me, waiting);
    if (!rows) {
        emit failed(rows.error());
        return;
    }
    // What waits, in the triage worklist's order; the rest (if the worklist failed) after.
    QStringList ordered, priorities;
    if (!waiting.isEmpty()) {
        auto list = workflow::worklist(dataDir_, me);
        if (list)
            for (const workflow::WorklistEntry& e : list.value())
                if (waiting.contains(e.studyUid)) {
                    ordered << e.studyUid;
                    priorities << tr("priority %1: %2")
                                      .arg(e.score.score, 0, 'f', 1)
                                      .arg(e.score.because.join(QStringLiteral(", ")));
                }
        for (const QString& uid : waiting)
            if (!ordered.contains(uid)) ordered << uid, priorities << QString();
    }
    emit studiesFound(requestId, rows.value(), ordered, priorities);
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
