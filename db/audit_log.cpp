#include "audit_log.h"

#include "cache.h"
#include "sqlite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QObject>

namespace dicomnet::db {

namespace {

Error auditError(const SqliteError& e) {
    return Error{QObject::tr("cannot use the audit trail: %1").arg(QString::fromUtf8(e.what()))};
}

const QString kGenesis(64, QLatin1Char('0'));

constexpr const char* kColumns =
    "id, at_ms, user, host, action, outcome, patient_id, study_uids, detail, prev_hash, hash";

AuditRecord recordRow(const Statement& q) {
    AuditRecord r;
    r.id = q.integer(0);
    r.atMs = q.integer(1);
    r.user = q.text(2);
    r.host = q.text(3);
    r.action = q.text(4);
    r.outcome = q.text(5);
    r.patientId = q.text(6);
    r.studyUids = q.text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    r.detail = q.text(8);
    r.prevHash = q.text(9);
    r.hash = q.text(10);
    return r;
}

}  // namespace

QString AuditLog::hashOf(const AuditRecord& r, const QString& prevHash) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto field = [&h](const QString& value) {
        const QByteArray bytes = value.toUtf8();
        h.addData(QByteArray::number(bytes.size()) + ':');
        h.addData(bytes);
    };
    field(prevHash);
    field(QString::number(r.id));
    field(QString::number(r.atMs));
    for (const QString* f : {&r.user, &r.host, &r.action, &r.outcome, &r.patientId}) field(*f);
    field(r.studyUids.join(QLatin1Char(' ')));
    field(r.detail);
    return QString::fromLatin1(h.result().toHex());
}

Result<AuditRecord> AuditLog::append(AuditRecord r) {
    try {
        Connection& c = cache_.connection();
        Transaction t(c);
        Statement last(c, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
        r.id = 1;
        r.prevHash = kGenesis;
        if (last.step()) {
            r.id = last.integer(0) + 1;
            r.prevHash = last.text(1);
        }
        r.hash = hashOf(r, r.prevHash);
        Statement q(c,
                    "INSERT INTO audit_log(id, at_ms, user, host, action, outcome, patient_id, "
                    "study_uids, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        q.bind(1, r.id).bind(2, r.atMs).bind(3, r.user).bind(4, r.host).bind(5, r.action);
        q.bind(6, r.outcome).bind(7, r.patientId).bind(8, r.studyUids.join(QLatin1Char(' ')));
        q.bind(9, r.detail).bind(10, r.prevHash).bind(11, r.hash);
        q.run();
        t.commit();
        return r;
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Result<std::vector<AuditRecord>> AuditLog::list(const AuditFilter& f) {
    try {
        Statement q(cache_.connection(),
                    (QByteArray("SELECT ") + kColumns +
                     " FROM audit_log WHERE (?1 = '' OR patient_id = ?1) AND (?2 = '' OR user = "
                     "?2) AND at_ms >= ?3 ORDER BY id")
                        .constData());
        q.bind(1, f.patientId).bind(2, f.user).bind(3, f.sinceMs);
        std::vector<AuditRecord> out;
        while (q.step()) out.push_back(recordRow(q));
        return out;
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Result<AuditCheck> AuditLog::verify() {
    try {
        Statement q(cache_.connection(),
                    (QByteArray("SELECT ") + kColumns + " FROM audit_log ORDER BY id").constData());
        AuditCheck check;
        QString prev = kGenesis;
        qint64 expectedId = 1;
        while (q.step()) {
            const AuditRecord r = recordRow(q);
            ++check.records;
            QString why;
            if (r.id != expectedId)
                why = QObject::tr("records before it are missing (expected number %1)")
                          .arg(expectedId);
            else if (r.prevHash != prev)
                why = QObject::tr("it does not follow the record before it (removed or moved)");
            else if (hashOf(r, prev) != r.hash)
                why = QObject::tr("its content was changed");
            if (!why.isEmpty()) {
                check.firstBad = r.id;
                check.why = why;
                return check;
            }
            prev = r.hash;
            expectedId = r.id + 1;
        }
        return check;
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Result<std::optional<AuditRecord>> AuditLog::newest() {
    try {
        Statement q(cache_.connection(),
                    (QByteArray("SELECT ") + kColumns + " FROM audit_log ORDER BY id DESC LIMIT 1")
                        .constData());
        if (!q.step()) return std::optional<AuditRecord>{};
        return std::optional<AuditRecord>{recordRow(q)};
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Result<std::optional<AuditRecord>> AuditLog::record(qint64 id) {
    try {
        Statement q(
            cache_.connection(),
            (QByteArray("SELECT ") + kColumns + " FROM audit_log WHERE id = ?").constData());
        q.bind(1, id);
        if (!q.step()) return std::optional<AuditRecord>{};
        return std::optional<AuditRecord>{recordRow(q)};
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Status AuditLog::addSeal(const AuditSeal& seal) {
    try {
        Statement q(cache_.connection(),
                    "INSERT INTO audit_seals (head_id, head_hash, at_ms, certificate, signature) "
                    "VALUES (?, ?, ?, ?, ?)");
        q.bind(1, seal.headId).bind(2, seal.headHash).bind(3, seal.atMs);
        q.bind(4, seal.certificatePem).bind(5, QString::fromLatin1(seal.signature.toBase64()));
        q.run();
        return {};
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Result<std::vector<AuditSeal>> AuditLog::seals() {
    try {
        Statement q(cache_.connection(),
                    "SELECT id, head_id, head_hash, at_ms, certificate, signature FROM audit_seals "
                    "ORDER BY id");
        std::vector<AuditSeal> out;
        while (q.step())
            out.push_back({q.integer(0), q.integer(1), q.integer(3), q.text(2), q.text(4),
                           QByteArray::fromBase64(q.text(5).toLatin1())});
        return out;
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Result<std::optional<AuditForwarding>> AuditLog::forwarding() {
    try {
        Statement q(cache_.connection(),
                    "SELECT host, port, ca_file, last_sent_id, last_attempt_ms, last_error FROM "
                    "audit_forwarding WHERE id = 1");
        if (!q.step()) return std::optional<AuditForwarding>{};
        return std::optional<AuditForwarding>{AuditForwarding{
            q.text(0), int(q.integer(1)), q.text(2), q.integer(3), q.integer(4), q.text(5)}};
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Status AuditLog::setForwarding(const AuditForwarding& t) {
    try {
        Statement q(cache_.connection(),
                    "INSERT OR REPLACE INTO audit_forwarding (id, host, port, ca_file) VALUES "
                    "(1, ?, ?, ?)");
        q.bind(1, t.host).bind(2, t.port).bind(3, t.caFile);
        q.run();
        return {};
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Status AuditLog::clearForwarding() {
    try {
        cache_.connection().exec("DELETE FROM audit_forwarding");
        return {};
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Status AuditLog::markForwarded(qint64 lastSentId, const QString& error) {
    try {
        Statement q(cache_.connection(),
                    "UPDATE audit_forwarding SET last_sent_id = max(last_sent_id, ?), "
                    "last_attempt_ms = ?, last_error = ? WHERE id = 1");
        q.bind(1, lastSentId).bind(2, QDateTime::currentMSecsSinceEpoch()).bind(3, error);
        q.run();
        return {};
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

Result<std::vector<AuditRecord>> AuditLog::after(qint64 afterId, int limit) {
    try {
        Statement q(cache_.connection(), (QByteArray("SELECT ") + kColumns +
                                          " FROM audit_log WHERE id > ? ORDER BY id LIMIT ?")
                                             .constData());
        q.bind(1, afterId).bind(2, limit);
        std::vector<AuditRecord> out;
        while (q.step()) out.push_back(recordRow(q));
        return out;
    } catch (const SqliteError& e) {
        return auditError(e);
    }
}

}  // namespace dicomnet::db
