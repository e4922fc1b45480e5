#include "job_store.h"

#include "cache.h"
#include "sqlite.h"

#include <QDateTime>
#include <QObject>

namespace dicomnet::db {

namespace {

qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }

constexpr const char* kJobColumns =
    "SELECT j.id, j.kind, j.destination, j.requested, j.state, j.attempts, j.next_attempt_ms, "
    "j.last_error, j.verification, j.created_ms, j.updated_ms, "
    "(SELECT count(*) FROM job_objects o WHERE o.job_id = j.id), "
    "(SELECT count(*) FROM job_objects o WHERE o.job_id = j.id AND o.state = 'pending'), "
    "(SELECT count(*) FROM job_objects o WHERE o.job_id = j.id AND o.state = 'in_flight'), "
    "(SELECT count(*) FROM job_objects o WHERE o.job_id = j.id AND o.state = 'sent'), "
    "(SELECT count(*) FROM job_objects o WHERE o.job_id = j.id AND o.state = 'already_there'), "
    "(SELECT count(*) FROM job_objects o WHERE o.job_id = j.id AND o.state = 'failed'), "
    "j.again, j.bytes_saved FROM jobs j ";

// A new pending job; its id.
qint64 insertJob(Connection& c, const char* kind, const QString& peer, const QStringList& requested,
                 bool again) {
    Statement job(c,
                  "INSERT INTO jobs(kind, destination, requested, again, state, created_ms, "
                  "updated_ms) VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5)");
    job.bind(1, QString::fromLatin1(kind)).bind(2, peer).bind(3, requested.join(QLatin1Char(' ')));
    job.bind(4, again ? 1 : 0).bind(5, now());
    job.run();
    return c.lastInsertId();
}

Job jobRow(const Statement& q) {
    Job j;
    j.id = q.integer(0);
    j.kind = q.text(1);
    j.destination = q.text(2);
    j.requested = q.text(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    j.state = q.text(4);
    j.attempts = int(q.integer(5));
    j.nextAttemptMs = q.integer(6);
    j.lastError = q.text(7);
    j.verification = q.text(8);
    j.createdMs = q.integer(9);
    j.updatedMs = q.integer(10);
    j.total = int(q.integer(11));
    j.pending = int(q.integer(12));
    j.inFlight = int(q.integer(13));
    j.sent = int(q.integer(14));
    j.alreadyThere = int(q.integer(15));
    j.failed = int(q.integer(16));
    j.again = q.integer(17) != 0;
    j.bytesSaved = q.integer(18);
    return j;
}

// Sets the state of `sops` of job `id` in one transaction.
void setObjects(Connection& c, qint64 id, const QStringList& sops, const char* state) {
    Statement q(c,
                "UPDATE job_objects SET state = ?1, error = '' WHERE job_id = ?2 AND sop_uid = ?3");
    for (const QString& sop : sops) {
        q.bind(1, QString::fromLatin1(state)).bind(2, id).bind(3, sop);
        q.run();
    }
}

}  // namespace

SendRecorder::SendRecorder(Cache& cache, qint64 jobId, QString destination)
    : connection_(cache.connection()), id_(jobId), destination_(std::move(destination)) {
    setState_ = std::make_unique<Statement>(
        connection_,
        "UPDATE job_objects SET state = ?1, error = '' WHERE job_id = ?2 AND sop_uid = ?3");
    remember_ = std::make_unique<Statement>(
        connection_,
        "INSERT OR REPLACE INTO delivered(destination, sop_uid, at_ms) VALUES (?1, ?2, ?3)");
}

SendRecorder::~SendRecorder() = default;

Status SendRecorder::inFlight(const QString& sop) {
    try {
        setState_->bind(1, QStringLiteral("in_flight")).bind(2, id_).bind(3, sop);
        setState_->run();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status SendRecorder::delivered(const QString& sop, qint64 nowMs, const QString& nextInFlight) {
    try {
        Transaction t(connection_);
        setState_->bind(1, QStringLiteral("sent")).bind(2, id_).bind(3, sop);
        setState_->run();
        remember_->bind(1, destination_).bind(2, sop).bind(3, nowMs);
        remember_->run();
        if (!nextInFlight.isEmpty()) {
            setState_->bind(1, QStringLiteral("in_flight")).bind(2, id_).bind(3, nextInFlight);
            setState_->run();
        }
        t.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<qint64> JobStore::createSend(const QString& destination, const QStringList& requested,
                                    const std::vector<std::pair<QString, QString>>& objects,
                                    bool again) {
    try {
        Connection& c = cache_.connection();
        Transaction t(c);
        const qint64 id = insertJob(c, "send", destination, requested, again);
        Statement known(c, "SELECT 1 FROM delivered WHERE destination = ?1 AND sop_uid = ?2");
        Statement add(c,
                      "INSERT OR IGNORE INTO job_objects(job_id, sop_uid, study_uid, state) "
                      "VALUES (?1, ?2, ?3, ?4)");
        for (const auto& [sop, study] : objects) {
            known.bind(1, destination).bind(2, sop);
            const bool there = !again && known.step();
            known.reset();
            add.bind(1, id).bind(2, sop).bind(3, study).bind(
                4, there ? QStringLiteral("already_there") : QStringLiteral("pending"));
            add.run();
        }
        t.commit();
        return id;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<qint64> JobStore::createFetch(const QString& source, const QStringList& requested,
                                     const std::vector<FetchObject>& objects) {
    try {
        Connection& c = cache_.connection();
        Transaction t(c);
        Statement queued(c,
                         "SELECT 1 FROM job_objects o JOIN jobs j ON j.id = o.job_id WHERE "
                         "j.kind = 'fetch' AND j.destination = ?1 AND o.sop_uid = ?2 AND j.state "
                         "NOT IN ('done', 'failed', 'cancelled')");
        std::vector<const FetchObject*> fresh;
        for (const FetchObject& o : objects) {
            queued.bind(1, source).bind(2, o.sopUid);
            if (!queued.step()) fresh.push_back(&o);
            queued.reset();
        }
        if (fresh.empty()) return qint64(0);
        const qint64 id = insertJob(c, "fetch", source, requested, false);
        Statement add(c,
                      "INSERT OR IGNORE INTO job_objects(job_id, sop_uid, study_uid, series_uid, "
                      "state) VALUES (?1, ?2, ?3, ?4, 'pending')");
        for (const FetchObject* o : fresh) {
            add.bind(1, id).bind(2, o->sopUid).bind(3, o->studyUid).bind(4, o->seriesUid);
            add.run();
        }
        t.commit();
        return id;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<int>> JobStore::pullMark(const QString& portal, const QString& study) {
    try {
        Statement q(cache_.connection(),
                    "SELECT instances FROM pull_marks WHERE portal = ?1 AND study_uid = ?2");
        q.bind(1, portal).bind(2, study);
        if (!q.step()) return std::optional<int>{};
        return std::optional<int>{int(q.integer(0))};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::setPullMark(const QString& portal, const QString& study, int instances) {
    try {
        Statement q(cache_.connection(),
                    "INSERT OR REPLACE INTO pull_marks(portal, study_uid, instances, seen_ms) "
                    "VALUES (?1, ?2, ?3, ?4)");
        q.bind(1, portal).bind(2, study).bind(3, instances).bind(4, now());
        q.run();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<Job>> JobStore::jobs(bool openOnly) {
    try {
        QByteArray sql = kJobColumns;
        if (openOnly) sql += "WHERE j.state NOT IN ('done', 'failed', 'cancelled') ";
        sql += "ORDER BY j.id DESC";
        Statement q(cache_.connection(), sql.constData());
        std::vector<Job> rows;
        while (q.step()) rows.push_back(jobRow(q));
        return rows;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<Job>> JobStore::job(qint64 id) {
    try {
        Statement q(cache_.connection(), (QByteArray(kJobColumns) + "WHERE j.id = ?1").constData());
        q.bind(1, id);
        if (!q.step()) return std::optional<Job>{};
        return std::optional<Job>{jobRow(q)};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::vector<JobObject>> JobStore::objects(qint64 id, const QString& state) {
    try {
        Statement q(cache_.connection(),
                    "SELECT sop_uid, study_uid, state, error, series_uid FROM job_objects "
                    "WHERE job_id = ?1 AND (?2 = '' OR state = ?2) ORDER BY rowid");
        q.bind(1, id).bind(2, state);
        std::vector<JobObject> rows;
        while (q.step()) rows.push_back({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4)});
        return rows;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<Job>> JobStore::nextRunnable(qint64 nowMs) {
    try {
        Statement q(cache_.connection(),
                    (QByteArray(kJobColumns) +
                     "WHERE j.state IN ('pending', 'running') OR (j.state = 'retrying' AND "
                     "j.next_attempt_ms <= ?1) ORDER BY j.id LIMIT 1")
                        .constData());
        q.bind(1, nowMs);
        if (!q.step()) return std::optional<Job>{};
        return std::optional<Job>{jobRow(q)};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<qint64>> JobStore::earliestRetry() {
    try {
        Statement q(cache_.connection(),
                    "SELECT min(next_attempt_ms) FROM jobs WHERE state = 'retrying'");
        if (!q.step() || q.isNull(0)) return std::optional<qint64>{};
        return std::optional<qint64>{q.integer(0)};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::markInFlight(qint64 id, const QStringList& sops) {
    try {
        Transaction t(cache_.connection());
        setObjects(cache_.connection(), id, sops, "in_flight");
        t.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::markDelivered(qint64 id, const QString& destination, const QStringList& sops,
                               const QString& how, qint64 nowMs, const QString& nextInFlight) {
    try {
        Connection& c = cache_.connection();
        Transaction t(c);
        setObjects(c, id, sops, how == QLatin1String("already_there") ? "already_there" : "sent");
        Statement q(c,
                    "INSERT OR REPLACE INTO delivered(destination, sop_uid, at_ms) "
                    "VALUES (?1, ?2, ?3)");
        for (const QString& sop : sops) {
            q.bind(1, destination).bind(2, sop).bind(3, nowMs);
            q.run();
        }
        if (!nextInFlight.isEmpty()) setObjects(c, id, {nextInFlight}, "in_flight");
        t.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::markPending(qint64 id, const QStringList& sops) {
    try {
        Transaction t(cache_.connection());
        setObjects(cache_.connection(), id, sops, "pending");
        t.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::markFailed(qint64 id, const QString& sop, const QString& error) {
    try {
        Statement q(cache_.connection(),
                    "UPDATE job_objects SET state = 'failed', error = ?1 WHERE job_id = ?2 AND "
                    "sop_uid = ?3");
        q.bind(1, error).bind(2, id).bind(3, sop);
        q.run();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::setState(qint64 id, const QString& state, const QString& error,
                          std::optional<int> attempts, qint64 nextAttemptMs) {
    try {
        Statement q(cache_.connection(),
                    "UPDATE jobs SET state = ?1, last_error = ?2, attempts = coalesce(?3, "
                    "attempts), next_attempt_ms = ?4, updated_ms = ?5 WHERE id = ?6");
        q.bind(1, state).bind(2, error);
        if (attempts)
            q.bind(3, *attempts);
        else
            q.bindNull(3);
        q.bind(4, nextAttemptMs).bind(5, now()).bind(6, id);
        q.run();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::setVerification(qint64 id, const QString& verification) {
    try {
        Statement q(cache_.connection(), "UPDATE jobs SET verification = ?1 WHERE id = ?2");
        q.bind(1, verification).bind(2, id);
        q.run();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::addBytesSaved(qint64 id, qint64 bytes) {
    try {
        Statement q(cache_.connection(),
                    "UPDATE jobs SET bytes_saved = bytes_saved + ?1 WHERE id = ?2");
        q.bind(1, bytes).bind(2, id);
        q.run();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::cancel(qint64 id) {
    try {
        Statement q(cache_.connection(),
                    "UPDATE jobs SET state = 'cancelled', updated_ms = ?1 WHERE id = ?2 AND state "
                    "NOT IN ('done', 'failed', 'cancelled')");
        q.bind(1, now()).bind(2, id);
        q.run();
        if (cache_.connection().changes() == 0)
            return Error{QObject::tr("job %1 is not running or waiting").arg(id)};
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::retry(qint64 id) {
    try {
        Connection& c = cache_.connection();
        Transaction t(c);
        Statement q(c,
                    "UPDATE jobs SET state = 'pending', attempts = 0, next_attempt_ms = 0, "
                    "last_error = '', verification = '', updated_ms = ?1 WHERE id = ?2 AND "
                    "state IN ('failed', 'cancelled', 'retrying', 'done')");
        q.bind(1, now()).bind(2, id);
        q.run();
        if (c.changes() == 0) return Error{QObject::tr("no job %1 to retry").arg(id)};
        Statement o(c,
                    "UPDATE job_objects SET state = 'pending', error = '' WHERE job_id = ?1 "
                    "AND state = 'failed'");
        o.bind(1, id);
        o.run();
        t.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<std::pair<QString, QString>>> JobStore::latestSendOf(const QString& studyUid) {
    try {
        Statement q(cache_.connection(),
                    "SELECT j.destination, j.state FROM job_objects o JOIN jobs j ON j.id = "
                    "o.job_id WHERE o.study_uid = ?1 AND j.kind = 'send' ORDER BY o.job_id DESC "
                    "LIMIT 1");
        q.bind(1, studyUid);
        if (!q.step()) return std::optional<std::pair<QString, QString>>{};
        return std::optional<std::pair<QString, QString>>{std::pair{q.text(0), q.text(1)}};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<QStringList> JobStore::studiesSentTo(const QString& destination) {
    try {
        Statement q(cache_.connection(),
                    "SELECT DISTINCT o.study_uid FROM job_objects o JOIN jobs j ON j.id = o.job_id "
                    "WHERE j.kind = 'send' AND j.destination = ?1 AND o.state IN ('sent', "
                    "'already_there')");
        q.bind(1, destination);
        QStringList out;
        while (q.step()) out << q.text(0);
        return out;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status JobStore::forgetDestination(const QString& destination) {
    try {
        Transaction t(cache_.connection());
        for (const char* sql : {"DELETE FROM delivered WHERE destination = ?1",
                                "DELETE FROM pull_marks WHERE portal = ?1"}) {
            Statement q(cache_.connection(), sql);
            q.bind(1, destination);
            q.run();
        }
        t.commit();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
