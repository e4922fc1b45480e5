#include "gui/sync_worker.h"

#include <QDateTime>
#include <QTimer>

namespace dicomnet::gui {

SyncWorker::SyncWorker(QString dataDir, workflow::SyncOptions options)
    : dataDir_(std::move(dataDir)), options_(std::move(options)) {}

SyncWorker::~SyncWorker() = default;

void SyncWorker::registerTypes() { qRegisterMetaType<std::vector<workflow::Job>>(); }

void SyncWorker::start() {
    runner_ = std::make_unique<workflow::JobRunner>(dataDir_, options_);
    timer_ = new QTimer(this);
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &SyncWorker::wake);
    wake();
}

void SyncWorker::wake() {
    if (running_ || !runner_) return;
    running_ = true;
    runOnce();
    running_ = false;
    publish();
    // Again when the earliest retry is due (or in a while, to notice jobs queued elsewhere).
    auto next = runner_->nextRetryIn();
    const qint64 wait =
        next && next.value() ? std::clamp<qint64>(*next.value() + 20, 200, 30000) : 15000;
    timer_->start(int(wait));
}

void SyncWorker::runOnce() {
    if (Status s = runner_->lock(); !s) {
        emit message(s.error());
        return;
    }
    stop_ = false;
    auto ran = runner_->runPending(workflow::Progress<workflow::JobStep>(
        [this](const workflow::JobStep&) {
            // Progress, at most a few times a second.
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (now - lastPublishMs_ > 300) publish();
        },
        &stop_));
    if (!ran) emit message(ran.error());
    QStringList problems;
    auto fetched = runner_->pullFromPortals(&problems);
    if (fetched && fetched.value() > 0) emit fetchedFromPortals(fetched.value());
    if (!problems.isEmpty()) emit message(problems.first());
}

void SyncWorker::publish() {
    lastPublishMs_ = QDateTime::currentMSecsSinceEpoch();
    auto jobs = workflow::listJobs(dataDir_);
    if (jobs) emit jobsChanged(jobs.value());
}

void SyncWorker::refresh() { publish(); }

}  // namespace dicomnet::gui
