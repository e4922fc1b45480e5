// The sync engine: runs the jobs of the index (db/job_store.h) towards peers. A send goes
// object by object, each marked in flight before it leaves and sent once the peer acknowledges
// it; whatever a kill left in flight is first looked up on the peer (C-FIND) and only sent if
// it is not there. A peer that cannot be reached, or drops the link, is tried again later
// with exponential back-off up to a cap. After a send the engine asks the peer for every
// object of the job's studies: all there is "complete"; anything missing fails the job.
// One engine at a time works on a data directory (a lock file says which process).
#pragma once

#include "core/result.h"
#include "db/job_store.h"
#include "tls_files.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace dicomnet::db {
class Cache;
struct Peer;
}  // namespace dicomnet::db

namespace dicomnet::network {

struct SyncOptions {
    QString ourAeTitle = QStringLiteral("DICOMNET");
    int timeoutSeconds = 30;
    qint64 firstRetryMs = 2000;   // then doubled each failed attempt
    qint64 maxRetryMs = 300000;   // the cap: five minutes
    std::optional<TlsFiles> tls;  // for TLS peers; default: the data directory's certificates
};

class SyncEngine {
public:
    SyncEngine(QString dataDir, SyncOptions options = {});
    ~SyncEngine();

    // Makes this the engine of the data directory; fails naming the process that is.
    Status lock();

    using Progress = std::function<void(const db::Job& job, int done, int total)>;
    // One attempt at job `id`; returns the job as it stands after it.
    Result<db::Job> runJob(qint64 id, const std::atomic_bool* cancel = nullptr,
                           const Progress& progress = {});
    // Runs every job that may run now, oldest first, until none may; returns how many ran.
    Result<int> runPending(const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
    // Fetches from each portal what is new there for the patients of the studies sent to it
    // (their new studies, the answers to what was sent), as a fetch job per portal: QIDO-RS
    // asks only about studies whose instance count changed since the last pull; WADO-RS brings
    // each missing series or instance into the cache, answers about de-identified copies
    // re-linked. Returns how many objects came; problems are collected.
    Result<int> pullFromPortals(QStringList* problems = nullptr);
    // Queues a fetch from the portal `portalName` of a study, or of one series of it (or one
    // instance of that): what the portal holds of it (QIDO-RS) and the cache lacks. The job's
    // id, or 0 when the cache has all of it. Does not need the lock; runJob runs it.
    Result<qint64> queueFetch(const QString& portalName, const QString& studyUid,
                              const QString& seriesUid = {}, const QString& sopUid = {});
    // How long the engine would wait for a retrying job (ms), none when no job waits.
    Result<std::optional<qint64>> nextRetryIn();

    // The back-off before attempt `attempts + 1`.
    qint64 backoffMs(int attempts) const;
    // Told the job as it stands after each attempt (the audit trail's "sent" and "fetched").
    void setAttemptEnded(std::function<void(const db::Job& job)> told) {
        attemptEnded_ = std::move(told);
    }

    class Link;  // a DICOM node or a DICOMweb portal, as the engine uses it

private:
    Result<db::Job> attemptJob(qint64 id, const std::atomic_bool* cancel, const Progress& progress);
    std::function<void(const db::Job&)> attemptEnded_;
    struct SendRun;
    // The steps of a send job: its link (nullptr and why: `failed` for good, `retry` later);
    // what the peer holds already of what a kill left in flight (or of all, unless sent
    // again); the cache's files of what is pending; de-identified and compressed copies; the
    // send itself (a value when the attempt ends there: cancelled, interrupted, to retry);
    // then whether the peer holds all of it.
    std::unique_ptr<Link> openLink(const db::Peer& peer, QString& failed, QString& retry) const;
    Status settleUnsure(SendRun& run);
    Status collectItems(SendRun& run);
    void deidentifyItems(SendRun& run);
    void compressItems(SendRun& run);
    std::optional<Result<db::Job>> sendItems(SendRun& run, const std::atomic_bool* cancel,
                                             const Progress& progress);
    Result<db::Job> verifyDelivery(SendRun& run);

    // A fetch job: each missing series (or single instance) by WADO-RS into
    // <data>/inbox/job-N, imported, then marked; what a kill left in flight is looked up in
    // the cache first.
    Result<db::Job> runFetch(db::Cache& cache, db::JobStore& store, const db::Job& job,
                             const db::Peer& portal, const std::atomic_bool* cancel,
                             const Progress& progress);
    static Result<db::Job> reread(db::JobStore& store, qint64 id);
    // A failed attempt: again later, a little later each time.
    Result<db::Job> retryLater(db::JobStore& store, const db::Job& job, const QString& why);

    QString dataDir_;
    SyncOptions options_;
    std::unique_ptr<QLockFile> lock_;
};

}  // namespace dicomnet::network
