#include "workflow/jobs.h"
#include "workflow/eviction.h"

#include "workflow/audit.h"

#include "db/cache.h"
#include "db/cache_queries.h"

#include <QObject>

namespace dicomnet::workflow {

Result<std::vector<Job>> listJobs(const QString& dataDir, bool openOnly) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::JobStore(*cache.value()).jobs(openOnly);
}

Result<std::optional<Job>> findJob(const QString& dataDir, qint64 id) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::JobStore(*cache.value()).job(id);
}

Result<std::vector<JobObject>> jobObjects(const QString& dataDir, qint64 id) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::JobStore(*cache.value()).objects(id);
}

Status retryJob(const QString& dataDir, qint64 id) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::JobStore(*cache.value()).retry(id);
}

Status cancelJob(const QString& dataDir, qint64 id) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::JobStore(*cache.value()).cancel(id);
}

Result<qint64> queueSend(const QString& dataDir, const QString& peer, const QStringList& uids,
                         bool again) {
    // What is away comes back first (workflow/eviction.h).
    for (const QString& uid : uids)
        if (Status here = ensureHere(dataDir, uid); !here) return Error{here.error()};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::CacheQueries queries(*cache.value());
    std::vector<std::pair<QString, QString>> objects;
    for (const QString& uid : uids) {
        auto rows = queries.instancesUnder(uid);
        if (!rows) return Error{rows.error()};
        if (rows->empty())
            return Error{
                QObject::tr("%1 is not a study, series or instance in the cache").arg(uid)};
        // One study for all of them: the UID's own, or the one it belongs to.
        auto owner = queries.studyOf(uid);
        const QString study = owner && !owner->isEmpty() ? owner.value() : uid;
        for (const db::InstanceRow& r : rows.value()) objects.emplace_back(r.sopInstanceUid, study);
    }
    return db::JobStore(*cache.value()).createSend(peer, uids, objects, again);
}

JobRunner::JobRunner(const QString& dataDir, const SyncOptions& options)
    : engine_(std::make_unique<network::SyncEngine>(dataDir, options)) {
    // Each attempt at a job is recorded, once per study it names: what left for which peer
    // (or came from which portal), and how it ended.
    engine_->setAttemptEnded([dataDir](const db::Job& job) {
        const bool fetch = job.kind == QLatin1String("fetch");
        const QString outcome = job.state == QLatin1String("done") ? QStringLiteral("success")
                                : job.lastError.isEmpty()
                                    ? job.state
                                    : job.state + QStringLiteral(": ") + job.lastError;
        const QString detail =
            QStringLiteral("job %1 %2 %3: %4 sent, %5 already there, %6 failed")
                .arg(job.id)
                .arg(fetch ? QStringLiteral("from") : QStringLiteral("to"), job.destination)
                .arg(job.sent)
                .arg(job.alreadyThere)
                .arg(job.failed);
        if (job.requested.size() > 10) {  // many objects named one by one: one record
            recordAudit(dataDir, {fetch ? QStringLiteral("fetched") : QStringLiteral("sent"),
                                  outcome,
                                  {},
                                  job.requested,
                                  detail});
            return;
        }
        for (const QString& uid : job.requested) {
            AuditEvent e = studyEvent(
                dataDir, fetch ? QStringLiteral("fetched") : QStringLiteral("sent"), uid, detail);
            e.outcome = outcome;
            recordAudit(dataDir, e);
        }
    });
}

JobRunner::~JobRunner() = default;

Status JobRunner::lock() { return engine_->lock(); }

network::SyncEngine::Progress JobRunner::engineProgress(const Progress<JobStep>& progress) const {
    if (!progress.reporter()) return {};
    return [&progress](const db::Job& job, int done, int total) {
        progress.report({job, done, total});
    };
}

Result<Job> JobRunner::runJob(qint64 id, const Progress<JobStep>& progress) {
    return engine_->runJob(id, progress.cancelFlag(), engineProgress(progress));
}

Result<int> JobRunner::runPending(const Progress<JobStep>& progress) {
    return engine_->runPending(progress.cancelFlag(), engineProgress(progress));
}

Result<int> JobRunner::pullFromPortals(QStringList* problems) {
    return engine_->pullFromPortals(problems);
}

Result<std::optional<qint64>> JobRunner::nextRetryIn() { return engine_->nextRetryIn(); }

}  // namespace dicomnet::workflow
