// The sync engine's jobs in the index (see migrations/007_jobs.sql): a send is a job with one
// row per object and how far it got (pending → in flight → sent), and every object a
// destination acknowledged is remembered, so that a restart, a retry or a second request never
// sends it there again. Each change is a transaction: a kill -9 at any point leaves a state
// the engine can resume from.
#pragma once

#include "core/result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace dicomnet::db {

class Cache;

struct JobObject {
    QString sopUid, studyUid, state, error;
    QString seriesUid;  // fetch jobs: to fetch a whole series at once
};

// An object a fetch job brings from a portal.
struct FetchObject {
    QString sopUid, seriesUid, studyUid;
};

struct Job {
    qint64 id = 0;
    QString kind, destination;
    QStringList requested;
    bool again = false;     // send even what the destination holds
    qint64 bytesSaved = 0;  // by compressing before sending
    QString state;          // pending, running, retrying, done, failed, cancelled
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString lastError, verification;
    qint64 createdMs = 0, updatedMs = 0;
    // Objects by state.
    int total = 0, pending = 0, inFlight = 0, sent = 0, alreadyThere = 0, failed = 0;
    bool finished() const {
        return state == QLatin1String("done") || state == QLatin1String("failed") ||
               state == QLatin1String("cancelled");
    }
};

class Connection;
class Statement;

// The hot path of a send: each object marked in flight as it leaves and sent (with the next one
// in flight) as it is acknowledged, one small transaction each, on statements prepared once.
class SendRecorder {
public:
    SendRecorder(Cache& cache, qint64 jobId, QString destination);
    ~SendRecorder();
    Status inFlight(const QString& sop);
    Status delivered(const QString& sop, qint64 nowMs, const QString& nextInFlight = {});

private:
    Connection& connection_;
    qint64 id_;
    QString destination_;
    std::unique_ptr<Statement> setState_, remember_;
};

class JobStore {
public:
    explicit JobStore(Cache& cache) : cache_(cache) {}

    // A send of `objects` (SOP Instance UID, Study Instance UID) to `destination`. Objects the
    // destination has acknowledged before are marked already there, unless `again`.
    Result<qint64> createSend(const QString& destination, const QStringList& requested,
                              const std::vector<std::pair<QString, QString>>& objects,
                              bool again = false);
    // A fetch of `objects` from the portal `source` (kind "fetch"; `destination` names the
    // source). Objects an unfinished fetch from it already has are left out; none left: no job
    // (0).
    Result<qint64> createFetch(const QString& source, const QStringList& requested,
                               const std::vector<FetchObject>& objects);
    // Newest first; finished ones too unless `openOnly`.
    Result<std::vector<Job>> jobs(bool openOnly = false);
    Result<std::optional<Job>> job(qint64 id);
    // The job's objects, in one state or all.
    Result<std::vector<JobObject>> objects(qint64 id, const QString& state = {});
    // The oldest job that may run at `nowMs`: pending, running (left so by a crash), or
    // retrying with its time come.
    Result<std::optional<Job>> nextRunnable(qint64 nowMs);
    // When the earliest retrying job may run; none when no job waits.
    Result<std::optional<qint64>> earliestRetry();

    Status markInFlight(qint64 id, const QStringList& sops);
    // Acknowledged by the destination (sent now, or found there): remembered for it.
    // `nextInFlight`, when given, is marked in flight in the same transaction (the object that
    // goes next: one commit per object while sending).
    Status markDelivered(qint64 id, const QString& destination, const QStringList& sops,
                         const QString& how, qint64 nowMs, const QString& nextInFlight = {});
    Status markPending(qint64 id, const QStringList& sops);
    Status markFailed(qint64 id, const QString& sop, const QString& error);
    Status setState(qint64 id, const QString& state, const QString& error = {},
                    std::optional<int> attempts = std::nullopt, qint64 nextAttemptMs = 0);
    Status setVerification(qint64 id, const QString& verification);
    Status addBytesSaved(qint64 id, qint64 bytes);
    // Cancel: a job not finished stops (what was sent stays sent). Retry: a failed or
    // cancelled job runs again, its failed objects too.
    Status cancel(qint64 id);
    Status retry(qint64 id);
    // The latest send of `studyUid`: its destination and state; none when never sent.
    Result<std::optional<std::pair<QString, QString>>> latestSendOf(const QString& studyUid);
    // The studies sent to `destination` (what a pull from it looks for answers to).
    Result<QStringList> studiesSentTo(const QString& destination);
    // How many instances the last pull saw of `study` on `portal`, if it looked.
    Result<std::optional<int>> pullMark(const QString& portal, const QString& study);
    Status setPullMark(const QString& portal, const QString& study, int instances);
    // A destination removed: what it acknowledged, and what pulls saw there, is forgotten.
    Status forgetDestination(const QString& destination);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db

// Jobs travel between threads (the engine's worker and the window) in queued signals.
Q_DECLARE_METATYPE(std::vector<dicomnet::db::Job>)
