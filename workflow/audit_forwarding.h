// Forwarding the audit trail to a syslog collector over TLS (RFC 5425; IHE ATNA's transport):
// each record as a DICOM audit message (audit_atna.h) in an RFC 5424 message. The records the
// collector has not had wait in order, like a queued job, until it can be reached: the window
// and `dicomnet listen` try every minute, `dicomnet audit forward` at once.
#pragma once

#include "core/result.h"
#include "db/audit_log.h"

#include <QString>

#include <optional>

namespace dicomnet::workflow {

// Sets the collector (its certificate checked against `caFile`, the site CA unless given);
// forwarding starts from the first record. Audited.
Status setAuditCollector(const QString& dataDir, const QString& host, int port,
                         const QString& caFile = {});
Status clearAuditCollector(const QString& dataDir);
Result<std::optional<db::AuditForwarding>> auditCollector(const QString& dataDir);

struct AuditForwarded {
    int sent = 0;
    qint64 waiting = 0;  // records the collector has not had yet
};
// Sends what waits; an error (the collector down, its certificate wrong) leaves it waiting.
// Nothing happens without a collector.
Result<AuditForwarded> forwardAudit(const QString& dataDir, int timeoutSeconds = 10);

}  // namespace dicomnet::workflow
