// The audit trail's records as DICOM audit messages (PS3.15 Annex A.5, the IHE ATNA schema of
// RFC 3881 lineage): event, outcome, the active participant (user or calling AE, and the
// network access point), this workstation as the audit source, and the patient and studies as
// participant objects. One message per record, on one line (for a log file, or syslog).
#pragma once

#include "db/audit_log.h"

#include <QByteArray>
#include <QString>

namespace dicomnet::workflow {

// `sourceId`: this workstation, as the audit source (its host name unless told).
QByteArray atnaMessage(const db::AuditRecord& record, const QString& sourceId);

}  // namespace dicomnet::workflow
