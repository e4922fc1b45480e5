#include "sync_engine.h"

#include "deidentifier.h"
#include "dicom_client.h"
#include "dicomweb_client.h"
#include "link_compression.h"
#include "site_certificates.h"

#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/peer_directory.h"
#include "db/pseudonym_store.h"
#include "db/send_journal.h"
#include "db/sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace dicomnet::network {

namespace {

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

QString valueOf(const QueryMatch& m, const char* keyword) {
    for (const auto& [k, v] : m)
        if (k == QLatin1String(keyword)) return v;
    return {};
}

// What the peer holds of `studies`: their SOP Instance UIDs, series by series (hierarchical
// peers need the series of an image query). `notOffered` when the peer does no C-FIND.
}  // namespace

Result<QSet<QString>> holdings(DicomClient& client, const QSet<QString>& studies,
                               bool& notOffered) {
    QSet<QString> held;
    for (const QString& study : studies) {
        auto series = client.find(QStringLiteral("SERIES"),
                                  {{QStringLiteral("StudyInstanceUID"), study},
                                   {QStringLiteral("SeriesInstanceUID"), QString()}},
                                  &notOffered);
        if (!series) return Error{series.error()};
        for (const QueryMatch& s : series.value()) {
            auto images =
                client.find(QStringLiteral("IMAGE"),
                            {{QStringLiteral("StudyInstanceUID"), study},
                             {QStringLiteral("SeriesInstanceUID"), valueOf(s, "SeriesInstanceUID")},
                             {QStringLiteral("SOPInstanceUID"), QString()}},
                            &notOffered);
            if (!images) return Error{images.error()};
            for (const QueryMatch& i : images.value()) held.insert(valueOf(i, "SOPInstanceUID"));
        }
    }
    return held;
}

// A destination as the engine uses it, whether a DICOM node or a DICOMweb portal.
class SyncEngine::Link {
public:
    virtual ~Link() = default;
    virtual bool answers() = 0;
    virtual Result<QSet<QString>> holdings(const QSet<QString>& studies, bool& notOffered) = 0;
    virtual SendSummary send(const std::vector<SendItem>& items, const std::atomic_bool* stop,
                             const DicomClient::ObjectHooks& hooks) = 0;
};

namespace {

class DimseLink : public SyncEngine::Link {
public:
    explicit DimseLink(DicomClient client) : client_(std::move(client)) {}
    bool answers() override { return client_.echo().ok(); }
    Result<QSet<QString>> holdings(const QSet<QString>& studies, bool& notOffered) override {
        return network::holdings(client_, studies, notOffered);
    }
    SendSummary send(const std::vector<SendItem>& items, const std::atomic_bool* stop,
                     const DicomClient::ObjectHooks& hooks) override {
        return client_.send(items, {}, stop, hooks);
    }

private:
    DicomClient client_;
};

class WebLink : public SyncEngine::Link {
public:
    explicit WebLink(DicomWebTarget target) : client_(std::move(target)) {}
    bool answers() override { return client_.echo().ok(); }
    Result<QSet<QString>> holdings(const QSet<QString>& studies, bool&) override {
        QSet<QString> all;
        for (const QString& study : studies) {
            auto held = client_.instancesOf(study);
            if (!held) return Error{held.error()};
            all.unite(held.value());
        }
        return all;
    }
    SendSummary send(const std::vector<SendItem>& items, const std::atomic_bool* stop,
                     const DicomClient::ObjectHooks& hooks) override {
        return client_.store(items, stop, hooks);
    }

private:
    DicomWebClient client_;
};

}  // namespace

SyncEngine::SyncEngine(QString dataDir, SyncOptions options)
    : dataDir_(std::move(dataDir)), options_(std::move(options)) {}

SyncEngine::~SyncEngine() = default;

Status SyncEngine::lock() {
    if (lock_ && lock_->isLocked()) return {};
    lock_ = std::make_unique<QLockFile>(dataDir_ + QStringLiteral("/sync.lock"));
    lock_->setStaleLockTime(0);  // held as long as its process lives
    if (lock_->tryLock(0)) return {};
    qint64 pid = 0;
    QString host, app;
    lock_->getLockInfo(&pid, &host, &app);
    lock_.reset();
    return Error{QObject::tr("another dicomnet (process %1) is running the jobs; they are queued "
                             "for it")
                     .arg(pid)};
}

Result<db::Job> SyncEngine::reread(db::JobStore& store, qint64 id) {
    auto j = store.job(id);
    if (!j) return Error{j.error()};
    if (!j.value()) return Error{QObject::tr("no job %1").arg(id)};
    return *j.value();
}

Result<db::Job> SyncEngine::retryLater(db::JobStore& store, const db::Job& job,
                                       const QString& why) {
    const int attempts = job.attempts + 1;
    if (Status s = store.setState(job.id, QStringLiteral("retrying"), why, attempts,
                                  now() + backoffMs(attempts));
        !s)
        return Error{s.error()};
    return reread(store, job.id);
}

qint64 SyncEngine::backoffMs(int attempts) const {
    qint64 wait = options_.firstRetryMs;
    for (int i = 1; i < attempts && wait < options_.maxRetryMs; ++i) wait *= 2;
    return std::min(wait, options_.maxRetryMs);
}

Result<std::optional<qint64>> SyncEngine::nextRetryIn() {
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return Error{cache.error()};
    auto at = db::JobStore(*cache.value()).earliestRetry();
    if (!at) return Error{at.error()};
    if (!at.value()) return std::optional<qint64>{};
    return std::optional<qint64>{std::max<qint64>(0, *at.value() - now())};
}

Result<int> SyncEngine::runPending(const std::atomic_bool* cancel, const Progress& progress) {
    if (Status s = lock(); !s) return Error{s.error()};
    auto cache = db::Cache::open(dataDir_);
    if (!cache) return Error{cache.error()};
    db::JobStore store(*cache.value());
    int ran = 0;
    QSet<qint64> tried;  // each job once per call: a retry waits for its time
    while (!(cancel && cancel->load())) {
        auto next = store.nextRunnable(now());
        if (!next) return Error{next.error()};
        if (!next.value() || tried.contains(next.value()->id)) break;
        tried.insert(next.value()->id);
        auto ranJob = runJob(next.value()->id, cancel, progress);
        if (!ranJob) return Error{ranJob.error()};
        ++ran;
    }
    return ran;
}

// One attempt at a send job, as its steps share it.
struct SyncEngine::SendRun {
    db::Cache& cache;
    db::JobStore& store;
    db::Job job;
    db::Peer peer;
    std::unique_ptr<Link> link;
    db::PseudonymStore names;
    QString staging;                 // de-identified and compressed copies, removed after
    std::vector<SendItem> items;     // what goes, in order
    std::vector<QString> originals;  // the cache's SOP Instance UID of each item
    QString noQueries;  // why the peer could not be asked before sending (not asked after)
    SendSummary summary;

    // An external peer knows the objects only by their replacement UIDs.
    QString remote(const QString& uid) {
        if (!peer.external) return uid;
        auto r = names.replacement(uid);
        return r ? r.value() : uid;
    }
};

Result<db::Job> SyncEngine::runJob(qint64 id, const std::atomic_bool* cancel,
                                   const Progress& progress) {
    const qint64 started = now();
    auto job = attemptJob(id, cancel, progress);
    // A job finished before this call was not attempted: nothing to tell.
    if (job && attemptEnded_ && job->updatedMs >= started) attemptEnded_(job.value());
    return job;
}

Result<db::Job> SyncEngine::attemptJob(qint64 id, const std::atomic_bool* cancel,
                                       const Progress& progress) {
    if (Status s = lock(); !s) return Error{s.error()};
    auto opened = db::Cache::open(dataDir_);
    if (!opened) return Error{opened.error()};
    db::Cache& cache = *opened.value();
    db::JobStore store(cache);
    auto found = reread(store, id);
    if (!found) return found;
    const db::Job job = found.value();
    if (job.finished()) return job;
    auto peer = db::PeerDirectory(cache).find(job.destination);
    if (!peer) return Error{peer.error()};
    if (!peer.value()) {
        store.setState(id, QStringLiteral("failed"),
                       QObject::tr("no peer named \"%1\"").arg(job.destination));
        return reread(store, id);
    }
    if (job.kind == QLatin1String("fetch"))
        return runFetch(cache, store, job, *peer.value(), cancel, progress);

    SendRun run{cache,
                store,
                job,
                *peer.value(),
                nullptr,
                db::PseudonymStore(cache),
                dataDir_ + QStringLiteral("/sync-staging/job-%1").arg(id),
                {},
                {},
                {},
                {}};
    QString failed, retry;
    run.link = openLink(run.peer, failed, retry);
    if (!failed.isEmpty()) {
        store.setState(id, QStringLiteral("failed"), failed);
        return reread(store, id);
    }
    if (!run.link) return retryLater(store, job, retry);
    store.setState(id, QStringLiteral("running"), {}, job.attempts, 0);

    if (Status s = settleUnsure(run); !s) return Error{s.error()};
    if (Status s = collectItems(run); !s) return Error{s.error()};
    deidentifyItems(run);
    compressItems(run);
    if (!run.items.empty())
        if (auto ended = sendItems(run, cancel, progress)) return std::move(*ended);
    if (run.peer.external || run.peer.compress) QDir(run.staging).removeRecursively();
    return verifyDelivery(run);
}

std::unique_ptr<SyncEngine::Link> SyncEngine::openLink(const db::Peer& peer, QString& failed,
                                                       QString& retry) const {
    if (peer.dicomweb()) {
        auto target = portalTarget(peer, options_.timeoutSeconds);
        if (!target) {
            retry = target.error();
            return nullptr;
        }
        return std::make_unique<WebLink>(target.value());
    }
    std::optional<TlsFiles> tls;
    if (peer.tls && options_.tls) {
        tls = options_.tls;
    } else if (peer.tls) {
        SiteCertificates site(dataDir_);
        if (!site.initialised()) {
            failed = QObject::tr("%1 needs TLS: run dicomnet certs init first").arg(peer.name);
            return nullptr;
        }
        tls = site.tlsFiles();
    }
    return std::make_unique<DimseLink>(DicomClient(
        options_.ourAeTitle, {peer.aeTitle, peer.host, peer.port}, options_.timeoutSeconds, tls));
}

Status SyncEngine::settleUnsure(SendRun& run) {
    // What the peer holds already is not sent again: what a kill left in flight, and (unless
    // asked to send again) whatever else it got some other way. A peer that answers no query
    // gets what was in flight again.
    const qint64 id = run.job.id;
    auto inFlight = run.store.objects(id, QStringLiteral("in_flight"));
    auto waiting = run.store.objects(id, QStringLiteral("pending"));
    if (!inFlight) return Error{inFlight.error()};
    if (!waiting) return Error{waiting.error()};
    std::vector<db::JobObject> unsure = inFlight.value();
    if (!run.job.again) unsure.insert(unsure.end(), waiting->begin(), waiting->end());
    if (unsure.empty()) return {};
    QSet<QString> studies;
    for (const db::JobObject& o : unsure) studies.insert(run.remote(o.studyUid));
    bool notOffered = false;
    auto held = run.link->holdings(studies, notOffered);
    // Not answering queries (or down: then the send fails too, and is tried again later):
    // what was in flight goes again.
    if (!held)
        run.noQueries = notOffered
                            ? QObject::tr("%1 does not answer C-FIND").arg(run.job.destination)
                            : held.error();
    QStringList there, again;
    for (const db::JobObject& o : unsure) {
        if (held && held->contains(run.remote(o.sopUid)))
            there << o.sopUid;
        else if (o.state == QLatin1String("in_flight"))
            again << o.sopUid;
    }
    if (Status s = run.store.markDelivered(id, run.job.destination, there,
                                           QStringLiteral("already_there"), now());
        !s)
        return s;
    return run.store.markPending(id, again);
}

Status SyncEngine::collectItems(SendRun& run) {
    auto pending = run.store.objects(run.job.id, QStringLiteral("pending"));
    if (!pending) return Error{pending.error()};
    db::CacheQueries queries(run.cache);
    // The cache's rows of the job's studies, looked up once.
    QHash<QString, db::InstanceRow> rowsBySop;
    QSet<QString> jobStudies;
    for (const db::JobObject& o : pending.value()) jobStudies.insert(o.studyUid);
    for (const QString& study : jobStudies) {
        auto rows = queries.instancesUnder(study);
        if (rows)
            for (const db::InstanceRow& r : rows.value()) rowsBySop.insert(r.sopInstanceUid, r);
    }
    for (const db::JobObject& o : pending.value()) {
        auto found = rowsBySop.constFind(o.sopUid);
        if (found == rowsBySop.constEnd()) {
            auto rows = queries.instancesUnder(o.sopUid);  // filed under another study
            if (!rows || rows->size() != 1) {
                run.store.markFailed(run.job.id, o.sopUid, QObject::tr("no longer in the cache"));
                continue;
            }
            found = rowsBySop.insert(o.sopUid, rows->front());
        }
        const db::InstanceRow& r = found.value();
        run.items.push_back(
            {r.filePath, r.sopClassUid, r.sopInstanceUid, r.transferSyntaxUid, r.fileSize, {}, {}});
        run.originals.push_back(r.sopInstanceUid);
    }
    return {};
}

void SyncEngine::deidentifyItems(SendRun& run) {
    // For an external peer: de-identified copies, made here, sent, then removed.
    if (!run.peer.external || run.items.empty()) return;
    QDir().mkpath(run.staging);
    Deidentifier deidentifier(run.cache);
    std::vector<SendItem> copies;
    std::vector<QString> kept;
    for (size_t i = 0; i < run.items.size(); ++i) {
        const QString copy =
            run.staging + QLatin1Char('/') + run.originals[i] + QStringLiteral(".dcm");
        auto made = deidentifier.apply(run.items[i].path, copy);
        if (!made) {
            run.store.markFailed(run.job.id, run.originals[i], made.error());  // never sent
            continue;
        }
        SendItem item = run.items[i];
        item.path = copy;
        item.sopInstanceUid = made->sopInstanceUid;
        item.size = QFileInfo(copy).size();
        copies.push_back(item);
        kept.push_back(run.originals[i]);
    }
    run.items = std::move(copies);
    run.originals = std::move(kept);
}

void SyncEngine::compressItems(SendRun& run) {
    // For a slow link: uncompressed images JPEG-LS lossless, made here, sent, then removed.
    if (!run.peer.compress || run.items.empty()) return;
    QDir().mkpath(run.staging);
    qint64 saved = 0;
    for (size_t i = 0; i < run.items.size(); ++i) {
        SendItem& item = run.items[i];
        const QString copy =
            run.staging + QLatin1Char('/') + run.originals[i] + QStringLiteral(".jls.dcm");
        auto c = compressLossless(item.path, copy);
        if (!c || !c->changed) continue;  // goes as it is
        item.fallbackPath = item.path;    // for a peer that does not take JPEG-LS
        item.fallbackTransferSyntaxUid = item.transferSyntaxUid;
        item.path = copy;
        item.transferSyntaxUid = c->transferSyntaxUid;
        item.size = c->after;
        saved += c->before - c->after;
    }
    if (saved != 0) run.store.addBytesSaved(run.job.id, saved);
}

std::optional<Result<db::Job>> SyncEngine::sendItems(SendRun& run, const std::atomic_bool* cancel,
                                                     const Progress& progress) {
    // Each object's step is its own small commit, flushed by the OS at once but by the disk
    // later (kill -9 loses none of them; one flushed commit at the end makes them survive a
    // power cut too), written by a thread of its own while the next object goes.
    const qint64 id = run.job.id;
    db::JobStore& store = run.store;
    const size_t count = run.items.size();
    int done = run.job.sent + run.job.alreadyThere;
    DicomClient::ObjectHooks hooks;
    // The next object is marked in flight with the previous one's acknowledgement (one
    // commit), when it has not been handed to the link yet; batches sent concurrently
    // (STOW-RS) hand several over before any answer comes.
    size_t marked = count;   // the object already marked in flight, if any
    size_t launchedEnd = 0;  // one past the last object handed to the link
    db::SendJournal journal(dataDir_, id, run.job.destination);
    // Stops for the caller's cancel, or for a cancel of the job itself (the window, `jobs
    // cancel`), looked up every few objects.
    std::atomic_bool stop{false};
    size_t sinceLook = 0;
    hooks.before = [&](size_t i) {
        if (cancel && cancel->load()) stop = true;
        if (++sinceLook >= 16) {
            sinceLook = 0;
            auto latest = store.job(id);
            if (latest && latest.value() && latest.value()->state == QLatin1String("cancelled"))
                stop = true;
        }
        launchedEnd = std::max(launchedEnd, i + 1);
        if (i == marked) {
            marked = count;
            return;
        }
        journal.inFlight(run.originals[i]);
    };
    hooks.after = [&](size_t i, bool acknowledged, const QString& problem, bool transient) {
        const QString sop = run.originals[i];
        const bool premark =
            acknowledged && i + 1 < count && i + 1 >= launchedEnd && marked == count;
        if (premark) marked = i + 1;
        const QString next = premark ? run.originals[i + 1] : QString();
        if (acknowledged)
            journal.delivered(sop, now(), next);
        else if (transient)
            journal.pending(sop);
        else
            journal.failed(sop, problem);
        if (acknowledged && progress) progress(run.job, ++done, run.job.total);
    };
    run.summary = run.link->send(run.items, &stop, hooks);
    const Status recorded = journal.finish();
    auto current = reread(store, id);
    if (!current) return current;
    if (current->state == QLatin1String("cancelled")) {
        store.setState(id, QStringLiteral("cancelled"), QObject::tr("cancelled"));  // flushed
        return reread(store, id);
    }
    store.setState(id, QStringLiteral("running"), {}, run.job.attempts, 0);  // flushed
    if (!recorded) return Result<db::Job>{Error{recorded.error()}};
    if (cancel && cancel->load()) {
        store.setState(id, QStringLiteral("pending"), QObject::tr("interrupted"));
        return reread(store, id);
    }
    if (!run.summary.fatalError.isEmpty())
        return retryLater(store, run.job, run.summary.fatalError);
    return std::nullopt;
}

Result<db::Job> SyncEngine::verifyDelivery(SendRun& run) {
    const qint64 id = run.job.id;
    db::JobStore& store = run.store;
    auto after = reread(store, id);
    if (!after) return after;
    if (after->pending + after->inFlight > 0)
        return retryLater(store, run.job,
                          run.summary.problems.isEmpty()
                              ? QObject::tr("the peer is busy")
                              : run.summary.problems.join(QStringLiteral("; ")));

    // Does the peer hold all of it?
    auto all = store.objects(id);
    if (!all) return Error{all.error()};
    QSet<QString> studies;
    for (const db::JobObject& o : all.value()) studies.insert(run.remote(o.studyUid));
    bool notOffered = false;
    QString verification, error;
    // A peer that refused the query a moment ago is not asked again (a query and an echo less).
    auto held = run.noQueries.isEmpty() ? run.link->holdings(studies, notOffered)
                                        : Result<QSet<QString>>{Error{run.noQueries}};
    if (!run.noQueries.isEmpty()) {
        verification = QObject::tr("not verifiable: %1").arg(run.noQueries);
    } else if (!held && notOffered) {
        verification =
            QObject::tr("not verifiable: %1 does not answer C-FIND").arg(run.job.destination);
    } else if (!held && !run.link->answers()) {
        return retryLater(store, run.job,
                          QObject::tr("sent, but the check failed: %1").arg(held.error()));
    } else if (!held) {
        // It took the objects a moment ago and answers C-ECHO, but not a query.
        verification = QObject::tr("not verifiable: %1").arg(held.error());
    } else {
        int missing = 0, expected = 0;
        for (const db::JobObject& o : all.value()) {
            if (o.state == QLatin1String("failed")) continue;
            ++expected;
            if (!held->contains(run.remote(o.sopUid))) ++missing;
        }
        verification = missing == 0 ? QStringLiteral("complete")
                                    : QObject::tr("incomplete: %1 of %2 objects missing on %3")
                                          .arg(missing)
                                          .arg(expected)
                                          .arg(run.job.destination);
        if (missing > 0) error = verification;
    }
    store.setVerification(id, verification);
    if (after->failed > 0 && error.isEmpty())
        error = QObject::tr("%n object(s) refused", nullptr, after->failed);
    store.setState(id, error.isEmpty() ? QStringLiteral("done") : QStringLiteral("failed"), error,
                   run.job.attempts + 1, 0);
    return reread(store, id);
}

}  // namespace dicomnet::network
