#include "send_journal.h"

#include "cache.h"
#include "job_store.h"
#include "sqlite.h"

namespace dicomnet::db {

SendJournal::SendJournal(QString dataDir, qint64 jobId, QString destination, size_t depth)
    : dataDir_(std::move(dataDir)),
      destination_(std::move(destination)),
      id_(jobId),
      depth_(std::max<size_t>(1, depth)),
      writer_([this] { run(); }) {}

SendJournal::~SendJournal() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    writer_.join();
}

void SendJournal::inFlight(const QString& sop) { push({Step::InFlight, sop, {}, 0}); }

void SendJournal::delivered(const QString& sop, qint64 nowMs, const QString& nextInFlight) {
    push({Step::Delivered, sop, nextInFlight, nowMs});
}

void SendJournal::pending(const QString& sop) { push({Step::Pending, sop, {}, 0}); }

void SendJournal::failed(const QString& sop, const QString& error) {
    push({Step::Failed, sop, error, 0});
}

void SendJournal::push(Step step) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return steps_.size() < depth_ || stopping_; });
    steps_.push_back(std::move(step));
    changed_.notify_all();
}

Status SendJournal::finish() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return (steps_.empty() && !busy_) || stopping_; });
    if (!error_.isEmpty()) return Error{error_};
    return {};
}

void SendJournal::run() {
    auto opened = Cache::open(dataDir_);
    std::unique_ptr<SendRecorder> recorder;
    std::unique_ptr<JobStore> store;
    if (opened) {
        // Each step reaches the OS at once, the disk with the next flushed commit; fewer,
        // larger checkpoints while the objects go.
        opened.value()->connection().setDurableCommits(false);
        opened.value()->connection().exec("PRAGMA wal_autocheckpoint=16000");
        recorder = std::make_unique<SendRecorder>(*opened.value(), id_, destination_);
        store = std::make_unique<JobStore>(*opened.value());
    }
    std::unique_lock lock(mutex_);
    if (!opened) error_ = opened.error();
    for (;;) {
        changed_.wait(lock, [this] { return !steps_.empty() || stopping_; });
        if (steps_.empty()) break;  // stopping, nothing left
        Step step = std::move(steps_.front());
        steps_.pop_front();
        busy_ = true;
        lock.unlock();
        Status s;
        if (recorder) {
            switch (step.kind) {
                case Step::InFlight:
                    s = recorder->inFlight(step.sop);
                    break;
                case Step::Delivered:
                    s = recorder->delivered(step.sop, step.nowMs, step.other);
                    break;
                case Step::Pending:
                    s = store->markPending(id_, {step.sop});
                    break;
                case Step::Failed:
                    s = store->markFailed(id_, step.sop, step.other);
                    break;
            }
        }
        lock.lock();
        busy_ = false;
        if (!s && error_.isEmpty()) error_ = s.error();
        changed_.notify_all();
    }
    lock.unlock();
    if (opened) opened.value()->connection().exec("PRAGMA wal_autocheckpoint=1000");
}

}  // namespace dicomnet::db
