#include "eviction.h"

#include "cache.h"
#include "object_store.h"
#include "sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSet>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>
#include <cerrno>

namespace dicomnet::db {

namespace {

// Documents stay: structured reports, encapsulated PDF, key object selections. Small, and what
// the consultation index, statistics and the history read.
#define DOCUMENT_CLASSES                                                  \
    "('1.2.840.10008.5.1.4.1.1.88.11', '1.2.840.10008.5.1.4.1.1.88.22', " \
    "'1.2.840.10008.5.1.4.1.1.88.33', '1.2.840.10008.5.1.4.1.1.88.34', "  \
    "'1.2.840.10008.5.1.4.1.1.88.59', '1.2.840.10008.5.1.4.1.1.104.1')"

// The study's images here that an eviction would take.
#define IMAGES_OF_STUDY                                                                    \
    "FROM instances i JOIN series se ON se.id = i.series_ref WHERE se.study_ref = ?1 AND " \
    "i.leaving = 0 AND i.sop_class_uid NOT IN " DOCUMENT_CLASSES

bool processAlive(qint64 pid) {
    if (pid <= 0) return false;
    if (pid == qint64(::getpid())) return true;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

void flushFolder(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

Error sqlError(const SqliteError& e) {
    return Error{QObject::tr("cannot evict: %1").arg(QString::fromUtf8(e.what()))};
}

}  // namespace

std::optional<StudyVerdict> Eviction::judgeLocked(const QString& studyUid,
                                                  const EvictionRules& rules) {
    Connection& db = cache_.connection();
    StudyVerdict v;
    v.studyUid = studyUid;
    {
        Statement q(db, "SELECT id, used_ms, received_ms FROM studies WHERE study_uid = ?");
        q.bind(1, studyUid);
        if (!q.step()) return std::nullopt;
        v.studyRef = q.integer(0), v.usedMs = q.integer(1), v.receivedMs = q.integer(2);
    }
    {
        Statement q(db, "SELECT count(*), coalesce(sum(i.file_size), 0) " IMAGES_OF_STUDY);
        q.bind(1, qint64(v.studyRef));
        if (q.step()) v.objects = int(q.integer(0)), v.bytes = q.integer(1);
    }
    {
        // A peer or portal inside the institution that acknowledged every image (a send's
        // acknowledgements, or a fetch from it): it gives them back bit for bit. An external
        // one holds only de-identified copies.
        Statement q(
            db,
            "SELECT d.destination, count(DISTINCT d.sop_uid) AS n FROM instances i "
            "JOIN series se ON se.id = i.series_ref "
            "JOIN delivered d ON d.sop_uid = i.sop_uid "
            "JOIN peers p ON p.name = d.destination AND p.external = 0 "
            "WHERE se.study_ref = ?1 AND i.leaving = 0 AND i.sop_class_uid NOT IN " DOCUMENT_CLASSES
            " GROUP BY d.destination ORDER BY n DESC, p.dicomweb_url = '' DESC, "
            "d.destination LIMIT 1");
        q.bind(1, qint64(v.studyRef));
        if (q.step() && q.integer(1) == v.objects) v.location = q.text(0);
    }
    auto keep = [&](StudyVerdict::Kept why, const QString& detail = {}) {
        v.kept = why, v.detail = detail;
        return v;
    };
    if (v.objects == 0) return keep(StudyVerdict::Kept::NothingHere);
    {
        Statement q(db, "SELECT login FROM study_pins WHERE study_uid = ?");
        q.bind(1, studyUid);
        if (q.step()) return keep(StudyVerdict::Kept::Pinned, q.text(0));
    }
    {
        Statement q(db, "SELECT pid FROM study_opens WHERE study_uid = ?");
        q.bind(1, studyUid);
        QList<qint64> gone;
        std::optional<qint64> open;
        while (q.step()) {
            const qint64 pid = q.integer(0);
            if (processAlive(pid))
                open = pid;
            else
                gone.append(pid);
        }
        q.reset();
        for (qint64 pid : gone) {
            Statement d(db, "DELETE FROM study_opens WHERE study_uid = ? AND pid = ?");
            d.bind(1, studyUid).bind(2, pid).run();
        }
        if (open) return keep(StudyVerdict::Kept::Open, QString::number(*open));
    }
    if (v.receivedMs > rules.nowMs - rules.keepReceivedMs)
        return keep(StudyVerdict::Kept::Recent, QString::number(v.receivedMs));
    {
        Statement q(db,
                    "SELECT j.id FROM job_objects jo JOIN jobs j ON j.id = jo.job_id "
                    "WHERE jo.study_uid = ? AND j.state NOT IN ('done', 'cancelled') "
                    "ORDER BY j.id LIMIT 1");
        q.bind(1, studyUid);
        if (q.step()) return keep(StudyVerdict::Kept::Job, QString::number(q.integer(0)));
    }
    {
        Statement q(db,
                    "SELECT kind, state, read_state, answered FROM consultations "
                    "WHERE study_ref = ? ORDER BY read_state");
        q.bind(1, qint64(v.studyRef));
        while (q.step()) {
            if (q.integer(2) == 0) return keep(StudyVerdict::Kept::Unread);
            const QString kind = q.text(0), state = q.text(1);
            if (state == QLatin1String("draft")) return keep(StudyVerdict::Kept::Draft);
            if (kind == QLatin1String("request") && q.integer(3) == 0)
                return keep(StudyVerdict::Kept::Request);
        }
    }
    if (v.location.isEmpty() && !rules.force) return keep(StudyVerdict::Kept::NotHeld);
    return v;
}

Result<std::optional<StudyVerdict>> Eviction::judge(const QString& studyUid,
                                                    const EvictionRules& rules) {
    try {
        return judgeLocked(studyUid, rules);
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
}

Result<std::vector<StudyVerdict>> Eviction::leastRecentlyUsed(const EvictionRules& rules,
                                                              qint64 bytesWanted, bool withKept) {
    std::vector<StudyVerdict> out;
    try {
        QStringList order;
        {
            Statement q(cache_.connection(),
                        "SELECT study_uid FROM studies WHERE instance_count > 0 "
                        "ORDER BY used_ms, id");
            while (q.step()) order.append(q.text(0));
        }
        qint64 found = 0;
        for (const QString& uid : order) {
            if (bytesWanted > 0 && found >= bytesWanted) break;
            auto v = judgeLocked(uid, rules);
            if (!v || v->kept == StudyVerdict::Kept::NothingHere) continue;
            if (v->mayGo()) found += v->bytes;
            if (v->mayGo() || withKept) out.push_back(std::move(*v));
        }
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
    return out;
}

Result<StudyVerdict> Eviction::evict(const QString& studyUid, const EvictionRules& rules) {
    Connection& db = cache_.connection();
    StudyVerdict verdict;
    try {
        // 1. Judged again and marked leaving under one write lock, flushed (synchronous=FULL):
        // from here on the objects count as going, and a crash finishes the job.
        Transaction tx(db);
        auto v = judgeLocked(studyUid, rules);
        if (!v) return Error{QObject::tr("no such study in the cache: %1").arg(studyUid)};
        verdict = *v;
        if (!verdict.mayGo()) return verdict;
        Statement where(db, "UPDATE studies SET away_at = ? WHERE id = ?");
        where.bind(1, verdict.location).bind(2, qint64(verdict.studyRef)).run();
        Statement mark(
            db, "UPDATE instances SET leaving = 1 WHERE id IN (SELECT i.id " IMAGES_OF_STUDY ")");
        mark.bind(1, qint64(verdict.studyRef)).run();
        tx.commit();
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
    // 2. and 3.: the same steps that finish an eviction a crash interrupted.
    auto finished = finishInterrupted(cache_);
    if (!finished) return Error{finished.error()};
    return verdict;
}

Result<int> Eviction::finishInterrupted(Cache& cache) {
    Connection& db = cache.connection();
    try {
        QStringList files;
        {
            Statement q(db, "SELECT file_path FROM instances WHERE leaving = 1");
            while (q.step()) files.append(q.text(0));
        }
        if (files.isEmpty()) return 0;
        // Removing a file twice is harmless: another process may finish the same rows.
        QSet<QString> folders;
        for (const QString& f : files) {
            const QString path = cache.store().absolutePath(f);
            ::unlink(QFile::encodeName(path).constData());
            folders.insert(QFileInfo(path).path());
        }
        for (const QString& folder : folders) flushFolder(folder);
        Transaction tx(db);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Statement move(db,
                       "INSERT OR REPLACE INTO away_instances(sop_uid, series_ref, study_ref, "
                       "sop_class_uid, instance_number, file_size, location, evicted_ms) "
                       "SELECT i.sop_uid, i.series_ref, se.study_ref, i.sop_class_uid, "
                       "i.instance_number, i.file_size, st.away_at, ? FROM instances i "
                       "JOIN series se ON se.id = i.series_ref JOIN studies st ON "
                       "st.id = se.study_ref WHERE i.leaving = 1");
        move.bind(1, now).run();
        const int moved = db.changes();
        db.exec(
            "UPDATE series SET instance_count = instance_count - (SELECT count(*) FROM "
            "instances i WHERE i.series_ref = series.id AND i.leaving = 1) WHERE id IN "
            "(SELECT series_ref FROM instances WHERE leaving = 1)");
        db.exec(
            "UPDATE studies SET instance_count = instance_count - (SELECT count(*) FROM "
            "instances i JOIN series se ON se.id = i.series_ref WHERE se.study_ref = "
            "studies.id AND i.leaving = 1), away_count = (SELECT count(*) FROM "
            "away_instances a WHERE a.study_ref = studies.id) WHERE id IN (SELECT "
            "se.study_ref FROM instances i JOIN series se ON se.id = i.series_ref WHERE "
            "i.leaving = 1)");
        db.exec("DELETE FROM instances WHERE leaving = 1");
        tx.commit();
        return moved;
    } catch (const SqliteError& e) {
        return Error{QObject::tr("cannot finish an interrupted eviction: %1")
                         .arg(QString::fromUtf8(e.what()))};
    }
}

Result<StudyPresence> Eviction::presence(const QString& studyUid) {
    StudyPresence p;
    try {
        Connection& db = cache_.connection();
        Statement id(db, "SELECT id FROM studies WHERE study_uid = ?");
        id.bind(1, studyUid);
        if (!id.step()) return p;
        const qint64 ref = id.integer(0);
        Statement here(db, "SELECT count(*) " IMAGES_OF_STUDY);
        here.bind(1, ref);
        if (here.step()) p.here = int(here.integer(0));
        Statement away(db,
                       "SELECT location, count(*) FROM away_instances WHERE study_ref = ? "
                       "GROUP BY location ORDER BY count(*) DESC");
        away.bind(1, ref);
        while (away.step()) {
            p.away += int(away.integer(1));
            p.locations.append(away.text(0));
        }
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
    return p;
}

Status Eviction::pin(const QString& studyUid, const QString& login, qint64 nowMs) {
    try {
        Statement q(cache_.connection(),
                    "INSERT OR REPLACE INTO study_pins(study_uid, login, pinned_ms) "
                    "SELECT study_uid, ?2, ?3 FROM studies WHERE study_uid = ?1");
        q.bind(1, studyUid).bind(2, login).bind(3, nowMs).run();
        if (cache_.connection().changes() == 0)
            return Error{QObject::tr("no such study in the cache: %1").arg(studyUid)};
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
    return {};
}

Status Eviction::unpin(const QString& studyUid) {
    try {
        Statement q(cache_.connection(), "DELETE FROM study_pins WHERE study_uid = ?");
        q.bind(1, studyUid).run();
        if (cache_.connection().changes() == 0)
            return Error{QObject::tr("the study is not pinned: %1").arg(studyUid)};
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
    return {};
}

Result<std::vector<std::pair<QString, QString>>> Eviction::pins() {
    std::vector<std::pair<QString, QString>> out;
    try {
        Statement q(cache_.connection(),
                    "SELECT study_uid, login FROM study_pins ORDER BY pinned_ms");
        while (q.step()) out.emplace_back(q.text(0), q.text(1));
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
    return out;
}

Status Eviction::markOpen(const QString& studyUid, qint64 pid, qint64 nowMs) {
    try {
        Statement q(cache_.connection(),
                    "INSERT OR REPLACE INTO study_opens(study_uid, pid, opened_ms) VALUES (?,?,?)");
        q.bind(1, studyUid).bind(2, pid).bind(3, nowMs).run();
        return touch(studyUid, nowMs);
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
}

Status Eviction::markClosed(const QString& studyUid, qint64 pid) {
    try {
        Statement q(cache_.connection(), "DELETE FROM study_opens WHERE study_uid = ? AND pid = ?");
        q.bind(1, studyUid).bind(2, pid).run();
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
    return {};
}

Status Eviction::touch(const QString& studyUid, qint64 nowMs) {
    try {
        Statement q(cache_.connection(),
                    "UPDATE studies SET used_ms = max(used_ms, ?2) WHERE study_uid = ?1");
        q.bind(1, studyUid).bind(2, nowMs).run();
    } catch (const SqliteError& e) {
        return sqlError(e);
    }
    return {};
}

}  // namespace dicomnet::db
