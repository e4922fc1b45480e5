// Jobs: sending studies to a peer ("send for consultation", forwarding), fetching from a portal,
// and the engine that runs them — the window's Send and Jobs, `dicomnet send`, `jobs`, `sync`.
// A job survives restarts; nothing acknowledged is sent twice; each send is checked after.
#pragma once

#include "core/result.h"
#include "db/job_store.h"
#include "network/sync_engine.h"
#include "workflow/progress.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace dicomnet::workflow {

using db::Job;
using db::JobObject;
using network::SyncOptions;
using network::TlsFiles;

Result<std::vector<Job>> listJobs(const QString& dataDir, bool openOnly = false);
Result<std::optional<Job>> findJob(const QString& dataDir, qint64 id);
// The objects of job `id` and where each stands.
Result<std::vector<JobObject>> jobObjects(const QString& dataDir, qint64 id);
Status retryJob(const QString& dataDir, qint64 id);
Status cancelJob(const QString& dataDir, qint64 id);

// Queues a send of studies, series or instances of the cache to the peer `peer`; each UID's
// objects are filed under its study. Fails for a UID the cache does not hold. The job's id.
Result<qint64> queueSend(const QString& dataDir, const QString& peer, const QStringList& uids,
                         bool again = false);

// A job at work: `done` of `total` objects.
struct JobStep {
    Job job;
    int done = 0, total = 0;
};

// Runs the queued jobs of a data directory; one process at a time (a lock file says which).
class JobRunner {
public:
    JobRunner(const QString& dataDir, const SyncOptions& options = {});
    ~JobRunner();

    // Makes this the runner of the data directory; fails naming the process that is.
    Status lock();
    // One attempt at job `id`; the job as it stands after it.
    Result<Job> runJob(qint64 id, const Progress<JobStep>& progress = {});
    // Every job that may run now, oldest first; how many ran.
    Result<int> runPending(const Progress<JobStep>& progress = {});
    // What the portals hold new for the patients sent to them (see SyncEngine); objects come.
    Result<int> pullFromPortals(QStringList* problems = nullptr);
    // How long until a retrying job is due (ms), none when no job waits.
    Result<std::optional<qint64>> nextRetryIn();

private:
    network::SyncEngine::Progress engineProgress(const Progress<JobStep>& progress) const;
    std::unique_ptr<network::SyncEngine> engine_;
};

}  // namespace dicomnet::workflow
