#include "workflow/eviction.h"

#include "consult/report_indexing.h"
#include "db/cache.h"
#include "db/cache_queries.h"
#include "db/object_store.h"
#include "db/site_settings.h"
#include "workflow/audit.h"
#include "workflow/cache_space.h"
#include "workflow/jobs.h"
#include "workflow/peers.h"
#include "workflow/remote.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QObject>
#include <QThread>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace dicomnet::workflow {

namespace {

const QString kKeepDaysKey = QStringLiteral("cache.keep-days");
constexpr int kDefaultKeepDays = 7;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

// One eviction pass at a time per data directory (the window, `listen` and `cache evict` may
// all want one); the others skip theirs.
class PassLock {
public:
    explicit PassLock(const QString& tmpDir) {
        QDir().mkpath(tmpDir);
        fd_ = ::open(QFile::encodeName(tmpDir + QStringLiteral("/eviction.lock")).constData(),
                     O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        held_ = fd_ >= 0 && ::flock(fd_, LOCK_EX | LOCK_NB) == 0;
    }
    ~PassLock() {
        if (fd_ >= 0) ::close(fd_);
    }
    bool held() const { return held_; }

private:
    int fd_ = -1;
    bool held_ = false;
};

// The study a UID names (itself, or the study of a series or instance, here or away).
Result<QString> studyUidOf(db::Cache& cache, const QString& uid) {
    db::CacheQueries q(cache);
    auto rows = q.studies(db::StudyFilter{{}, {}, {}, {}, {}, {uid}, 1});
    if (!rows) return Error{rows.error()};
    if (!rows->empty()) return uid;
    auto study = q.studyOf(uid);
    if (!study) return Error{study.error()};
    if (study->isEmpty())
        return Error{QObject::tr("no such study, series or object in the cache: %1").arg(uid)};
    return study.value();
}

Result<db::EvictionRules> rulesOf(db::Cache& cache, bool force) {
    // The documents not yet read into the consultation index are read now: drafts and open
    // requests keep their study.
    if (Status s = consult::indexReports(cache); !s) return Error{s.error()};
    auto days = db::SiteSettings(cache).value(kKeepDaysKey);
    if (!days) return Error{days.error()};
    db::EvictionRules r;
    r.nowMs = now();
    r.keepReceivedMs = (days->isEmpty() ? kDefaultKeepDays : days->toInt()) * kDayMs;
    r.force = force;
    return r;
}

void recordEvicted(const QString& dataDir, const StudyVerdict& v, bool forced) {
    QString where = v.location.isEmpty() ? QStringLiteral("held nowhere known (forced)")
                                         : QStringLiteral("held by ") + v.location +
                                               (forced ? QStringLiteral(" (forced)") : QString());
    recordAudit(
        dataDir,
        studyEvent(
            dataDir, QStringLiteral("evicted"), v.studyUid,
            QStringLiteral("%1 objects, %2 bytes; %3").arg(v.objects).arg(v.bytes).arg(where)));
}

}  // namespace

QString keptReason(const StudyVerdict& v) {
    using K = StudyVerdict::Kept;
    switch (v.kept) {
        case K::No:
            return {};
        case K::Pinned:
            return QObject::tr("pinned by %1").arg(v.detail);
        case K::Open:
            return QObject::tr("open in a window (process %1)").arg(v.detail);
        case K::Recent: {
            const qint64 days = (now() - v.detail.toLongLong()) / kDayMs;
            return days == 0 ? QObject::tr("received today")
                             : QObject::tr("received %n day(s) ago", nullptr, int(days));
        }
        case K::Job:
            return QObject::tr("a send or fetch of it is not complete (job %1)").arg(v.detail);
        case K::Draft:
            return QObject::tr("a consultation draft is not signed yet");
        case K::Request:
            return QObject::tr("a consultation request is not answered yet");
        case K::Unread:
            return QObject::tr("a document of it has not been read into the index yet");
        case K::NotHeld:
            return QObject::tr(
                "no peer or portal is known to hold all of its images "
                "(name it with --force to evict it anyway)");
        case K::NothingHere:
            return QObject::tr("none of its images are here");
    }
    return {};
}

qint64 EvictionOutcome::freed() const {
    qint64 sum = 0;
    for (const StudyVerdict& v : evicted) sum += v.bytes;
    return sum;
}

Result<int> keepDays(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto days = db::SiteSettings(*cache.value()).value(kKeepDaysKey);
    if (!days) return Error{days.error()};
    return days->isEmpty() ? kDefaultKeepDays : days->toInt();
}

Status setKeepDays(const QString& dataDir, int days) {
    if (days < 0 || days > 3650)
        return Error{QObject::tr("keep between 0 and 3650 days, not %1").arg(days)};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::SiteSettings(*cache.value()).set(kKeepDaysKey, QString::number(days));
}

Result<EvictionOutcome> evictBytes(const QString& dataDir, qint64 bytes, bool dryRun) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    EvictionOutcome out;
    out.wanted = bytes;
    PassLock lock(cache.value()->store().tmpDir());
    if (!lock.held()) {
        out.busy = true;
        return out;
    }
    auto rules = rulesOf(*cache.value(), false);
    if (!rules) return Error{rules.error()};
    db::Eviction eviction(*cache.value());
    auto plan = eviction.leastRecentlyUsed(rules.value(), bytes, true);
    if (!plan) return Error{plan.error()};
    for (StudyVerdict& v : plan.value()) {
        if (!v.mayGo()) {
            out.kept.push_back(std::move(v));
            continue;
        }
        if (out.freed() >= bytes) break;
        if (dryRun) {
            out.evicted.push_back(std::move(v));
            continue;
        }
        auto done = eviction.evict(v.studyUid, rules.value());
        if (!done) return Error{done.error()};
        if (done->mayGo()) {
            recordEvicted(dataDir, done.value(), false);
            out.evicted.push_back(done.value());
        } else {
            out.kept.push_back(done.value());  // opened or pinned meanwhile
        }
    }
    return out;
}

Result<EvictionOutcome> evictOverQuota(const QString& dataDir) {
    auto space = cacheSpace(dataDir);
    if (!space) return Error{space.error()};
    if (!space->overHighWater()) return EvictionOutcome{};
    const qint64 target = qint64(CacheSpace::kLowWater * double(*space->quotaBytes));
    return evictBytes(dataDir, space->bytes - target, false);
}

Result<StudyVerdict> evictStudy(const QString& dataDir, const QString& uid, bool force,
                                bool dryRun) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto study = studyUidOf(*cache.value(), uid);
    if (!study) return Error{study.error()};
    auto rules = rulesOf(*cache.value(), force);
    if (!rules) return Error{rules.error()};
    db::Eviction eviction(*cache.value());
    if (dryRun) {
        auto v = eviction.judge(study.value(), rules.value());
        if (!v) return Error{v.error()};
        return *v.value();
    }
    auto v = eviction.evict(study.value(), rules.value());
    if (v && v->mayGo()) recordEvicted(dataDir, v.value(), force);
    return v;
}

Status pinStudy(const QString& dataDir, const QString& uid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto study = studyUidOf(*cache.value(), uid);
    if (!study) return Error{study.error()};
    return audited(dataDir, studyEvent(dataDir, QStringLiteral("pinned"), study.value()),
                   db::Eviction(*cache.value()).pin(study.value(), currentActor(), now()));
}

Status unpinStudy(const QString& dataDir, const QString& uid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto study = studyUidOf(*cache.value(), uid);
    if (!study) return Error{study.error()};
    return audited(dataDir, studyEvent(dataDir, QStringLiteral("unpinned"), study.value()),
                   db::Eviction(*cache.value()).unpin(study.value()));
}

Result<std::vector<std::pair<QString, QString>>> pinnedStudies(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::Eviction(*cache.value()).pins();
}

Result<StudyPresence> studyPresence(const QString& dataDir, const QString& uid) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto study = studyUidOf(*cache.value(), uid);
    if (!study) return Error{study.error()};
    return db::Eviction(*cache.value()).presence(study.value());
}

void markStudyOpen(const QString& dataDir, const QString& studyUid) {
    if (auto cache = db::Cache::open(dataDir))
        db::Eviction(*cache.value()).markOpen(studyUid, qint64(::getpid()), now());
}

void markStudyClosed(const QString& dataDir, const QString& studyUid) {
    if (auto cache = db::Cache::open(dataDir))
        db::Eviction(*cache.value()).markClosed(studyUid, qint64(::getpid()));
}

void touchStudy(const QString& dataDir, const QString& studyUid) {
    if (auto cache = db::Cache::open(dataDir)) db::Eviction(*cache.value()).touch(studyUid, now());
}

namespace {

// From a portal: a fetch job, run here, or by the process that runs the jobs (then waited for).
Status fetchFromPortal(const QString& dataDir, const QString& portal, const QString& study,
                       int total, const Progress<BringBackStep>& progress) {
    auto id = queueFetch(dataDir, portal, study);
    if (!id) return Error{id.error()};
    if (id.value() == 0) return {};
    JobRunner runner(dataDir);
    if (runner.lock()) {
        auto job = runner.runJob(id.value(), Progress<JobStep>(
                                                 [&](const JobStep& s) {
                                                     progress.report({portal, s.done, total});
                                                 },
                                                 progress.cancelFlag()));
        if (!job) return Error{job.error()};
        if (job->state != QLatin1String("done"))
            return Error{QObject::tr("fetching from %1 failed: %2")
                             .arg(portal, job->lastError.isEmpty() ? job->state : job->lastError)};
        return {};
    }
    // Another process runs the jobs: wait for it (the window's sync worker, `dicomnet sync`).
    for (int waited = 0; waited < 600; ++waited) {
        if (progress.cancelled()) return Error{QObject::tr("cancelled")};
        auto found = findJob(dataDir, id.value());
        if (!found) return Error{found.error()};
        if (!found.value()) break;
        const db::Job& job = *found.value();
        progress.report({portal, job.sent + job.alreadyThere, total});
        if (job.finished()) {
            if (job.state == QLatin1String("done")) return {};
            return Error{QObject::tr("fetching from %1 failed: %2").arg(portal, job.lastError)};
        }
        QThread::msleep(500);
    }
    return Error{QObject::tr("job %1 fetching from %2 has not finished; it goes on")
                     .arg(id.value())
                     .arg(portal)};
}

// The study and where its images are, in one look at the index; `touch` counts it as used.
struct Located {
    QString study;
    StudyPresence presence;
};
Result<Located> locate(const QString& dataDir, const QString& uid, bool touch) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto study = studyUidOf(*cache.value(), uid);
    if (!study) return Error{study.error()};
    db::Eviction eviction(*cache.value());
    auto presence = eviction.presence(study.value());
    if (!presence) return Error{presence.error()};
    if (touch) eviction.touch(study.value(), now());
    return Located{study.value(), presence.value()};
}

// Brings back what `before` says is away of `study`.
Result<int> bringBackStudy(const QString& dataDir, const QString& study,
                           const StudyPresence& before, const Progress<BringBackStep>& progress) {
    if (before.away == 0) return 0;
    QStringList problems;
    for (const QString& location : before.locations) {
        if (progress.cancelled()) return Error{QObject::tr("cancelled")};
        progress.report({location, 0, before.away});
        if (location.isEmpty()) {
            problems << QObject::tr("evicted by force, held nowhere known");
            continue;
        }
        auto opened = RemotePeer::open(dataDir, location, ownAeTitle(dataDir));
        if (!opened) {
            problems << opened.error();
            continue;
        }
        const std::optional<RemotePeer>& peer = opened.value();
        if (!peer) {
            problems << QObject::tr("%1 is no longer a known peer").arg(location);
            continue;
        }
        Status got;
        if (peer->portal()) {
            got = fetchFromPortal(dataDir, location, study, before.away, progress);
        } else {
            RetrieveTarget target;
            target.study = study;
            auto r = peer->retrieve(dataDir, target, false);
            if (!r)
                got = Error{r.error()};
            else if (r->way == Retrieved::Way::Refused)
                got = Error{QObject::tr("%1 does not offer C-GET").arg(location)};
        }
        if (!got) problems << QStringLiteral("%1: %2").arg(location, got.error());
    }
    auto after = studyPresence(dataDir, study);
    if (!after) return Error{after.error()};
    const int back = before.away - after->away;
    recordAudit(dataDir, studyEvent(dataDir, QStringLiteral("fetched-back"), study,
                                    QStringLiteral("%1 of %2 objects").arg(back).arg(before.away)));
    if (after->away > 0)
        return Error{
            QObject::tr("%n object(s) of the study are still away (%1)", nullptr, after->away)
                .arg(problems.isEmpty() ? after->locations.join(QStringLiteral(", "))
                                        : problems.join(QStringLiteral("; ")))};
    progress.report({before.locations.value(0), before.away, before.away});
    return back;
}

}  // namespace

Result<int> bringBack(const QString& dataDir, const QString& uid,
                      const Progress<BringBackStep>& progress) {
    auto located = locate(dataDir, uid, false);
    if (!located) return Error{located.error()};
    return bringBackStudy(dataDir, located->study, located->presence, progress);
}

Status ensureHere(const QString& dataDir, const QString& uid,
                  const Progress<BringBackStep>& progress) {
    auto located = locate(dataDir, uid, true);
    if (!located) return {};  // not in the cache: the action says so in its own words
    auto back = bringBackStudy(dataDir, located->study, located->presence, progress);
    if (!back) return Error{back.error()};
    return {};
}

}  // namespace dicomnet::workflow
