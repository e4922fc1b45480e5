// The audit trail: who did what to which patient's data, when, from where, and how it ended —
// recorded by the actions themselves (user changes, export, anonymize so far), listed and
// verified by `dicomnet audit`. Records are chained by hashes (db/audit_log.h).
#pragma once

#include "core/result.h"
#include "db/audit_log.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace dicomnet::workflow {

using db::AuditCheck;
using db::AuditFilter;
using db::AuditRecord;

// Who acts: the user signed in to this process, else the operating-system account, "os:NAME".
QString currentActor();
// The user signed in to this process (empty: nobody).
void setActor(const QString& login);

struct AuditEvent {
    QString action;   // user-added, user-disabled, user-enabled, password-changed, exported, …
    QString outcome;  // "success", or why it failed
    QString patientId;
    QStringList studyUids;
    QString detail;
    // Who acted and from where, when not this process's user on this host: a calling peer,
    // "ae:STATION1" from its address.
    QString actor = {}, host = {};
};

// An event about one study of the cache, naming its patient (looked up; empty when unknown).
AuditEvent studyEvent(const QString& dataDir, const QString& action, const QString& studyUid,
                      const QString& detail = {});

// Appends `event` by the current actor on this host. An action goes on when recording fails;
// the error is returned for the caller to say.
Status recordAudit(const QString& dataDir, const AuditEvent& event);
// Records `event` with the outcome of `result` ("success" or its error) and returns `result`;
// when the action succeeded but cannot be recorded, an error says so (done, not recorded).
Status audited(const QString& dataDir, AuditEvent event, const Status& result);

// Seals the trail: signs the newest record's number and hash with this node's key (made by
// `dicomnet certs init`). Returns the number sealed; 0 when the trail is empty or that record
// is sealed already. The window and `dicomnet listen` seal every 15 minutes.
Result<qint64> sealAudit(const QString& dataDir);

Result<std::vector<AuditRecord>> auditRecords(const QString& dataDir, const AuditFilter& filter);
// The chain, then every seal: its record still there and unchanged, its signature valid and
// made by a certificate of the site CA. The first bad record is named.
Result<AuditCheck> verifyAudit(const QString& dataDir);

}  // namespace dicomnet::workflow
