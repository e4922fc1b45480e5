// A send's per-object steps (in flight, delivered, back to pending, failed) written to the index
// by a thread of its own, on a connection of its own: the link does not wait for the index
// between objects. Each step is still its own transaction, written in order and handed to the
// OS at once (a kill -9 loses none that was written); at most `depth` steps wait, so after a
// kill at most that many objects are one step behind (sent but still "in flight", or in flight
// but still "pending"), which the next attempt asks the peer about.
#pragma once

#include "core/result.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace dicomnet::db {

class SendJournal {
public:
    SendJournal(QString dataDir, qint64 jobId, QString destination, size_t depth = 2);
    ~SendJournal();  // writes what waits, then stops

    void inFlight(const QString& sop);
    // Acknowledged; `nextInFlight`, when given, marked in flight in the same transaction.
    void delivered(const QString& sop, qint64 nowMs, const QString& nextInFlight = {});
    void pending(const QString& sop);
    void failed(const QString& sop, const QString& error);
    // Waits until every step is written; the first error, if any.
    Status finish();

private:
    struct Step {
        enum Kind { InFlight, Delivered, Pending, Failed } kind;
        QString sop, other;  // the next in flight, or the error
        qint64 nowMs = 0;
    };
    void push(Step step);
    void run();

    QString dataDir_, destination_;
    qint64 id_;
    size_t depth_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Step> steps_;
    bool busy_ = false, stopping_ = false;
    QString error_;
    std::thread writer_;
};

}  // namespace dicomnet::db
