// The audit trail as the index keeps it: records appended in a hash chain (each carries the
// SHA-256 of the previous one and of its own fields), listed by patient, user and time, and
// verified from the first to the last. What is recorded, and when, is decided above
// (workflow/audit.h).
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace dicomnet::db {

class Cache;

struct AuditRecord {
    qint64 id = 0;
    qint64 atMs = 0;
    QString user, host, action, outcome;
    QString patientId;
    QStringList studyUids;
    QString detail;
    QString prevHash, hash;
};

struct AuditFilter {
    QString patientId, user;
    qint64 sinceMs = 0;
};

struct AuditCheck {
    qint64 records = 0;
    std::optional<qint64> firstBad;  // the id of the first record that does not fit the chain
    QString why;
    qint64 seals = 0;          // signed chain heads checked
    qint64 sealedThrough = 0;  // the newest record a seal covers
};

// The head of the chain (the newest record's number and hash) signed with a node's key.
struct AuditSeal {
    qint64 id = 0, headId = 0, atMs = 0;
    QString headHash;
    QString certificatePem;
    QByteArray signature;
};

// Where the trail is forwarded (a syslog collector over TLS) and how far it got.
struct AuditForwarding {
    QString host;
    int port = 6514;
    QString caFile;
    qint64 lastSentId = 0, lastAttemptMs = 0;
    QString lastError;
};

class AuditLog {
public:
    explicit AuditLog(Cache& cache) : cache_(cache) {}
    // Appends `record` (its id, prev_hash and hash are set here) in one transaction.
    Result<AuditRecord> append(AuditRecord record);
    Result<std::vector<AuditRecord>> list(const AuditFilter& filter = {});
    Result<AuditCheck> verify();
    // The newest record; none when the trail is empty.
    Result<std::optional<AuditRecord>> newest();
    // The record numbered `id`; none when there is no such record.
    Result<std::optional<AuditRecord>> record(qint64 id);
    Status addSeal(const AuditSeal& seal);
    // The collector, when one is set; setting one starts from the first record.
    Result<std::optional<AuditForwarding>> forwarding();
    Status setForwarding(const AuditForwarding& target);
    Status clearForwarding();
    // After an attempt: through which record it went (unchanged on failure), and why not.
    Status markForwarded(qint64 lastSentId, const QString& error);
    // The records after `afterId`, at most `limit`, oldest first.
    Result<std::vector<AuditRecord>> after(qint64 afterId, int limit);
    Result<std::vector<AuditSeal>> seals();

    // The hash of `r` after `prevHash`: hex SHA-256 over the fields, each length-prefixed.
    static QString hashOf(const AuditRecord& r, const QString& prevHash);

private:
    Cache& cache_;
};

}  // namespace dicomnet::db
