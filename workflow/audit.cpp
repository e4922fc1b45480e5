#include "workflow/audit.h"

#include "db/cache.h"
#include "db/cache_queries.h"

#include <QDateTime>
#include <QObject>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace dicomnet::workflow {

namespace {
QString& signedIn() {
    static QString login;
    return login;
}
}  // namespace

void setActor(const QString& login) { signedIn() = login; }

QString currentActor() {
    if (!signedIn().isEmpty()) return signedIn();
    const passwd* pw = ::getpwuid(::geteuid());
    return QStringLiteral("os:") +
           (pw && pw->pw_name ? QString::fromLocal8Bit(pw->pw_name) : QString::number(::geteuid()));
}

AuditEvent studyEvent(const QString& dataDir, const QString& action, const QString& studyUid,
                      const QString& detail) {
    AuditEvent e{action, {}, {}, {studyUid}, detail};
    if (auto cache = db::Cache::open(dataDir)) {
        db::StudyFilter only;
        only.studyUids = {studyUid};
        auto rows = db::CacheQueries(*cache.value()).studies(only);
        if (rows && !rows->empty()) e.patientId = rows->front().patientId;
    }
    return e;
}

Status recordAudit(const QString& dataDir, const AuditEvent& event) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::AuditRecord r;
    r.atMs = QDateTime::currentMSecsSinceEpoch();
    r.user = event.actor.isEmpty() ? currentActor() : event.actor;
    r.host = event.host.isEmpty() ? QSysInfo::machineHostName() : event.host;
    r.action = event.action;
    r.outcome = event.outcome;
    r.patientId = event.patientId;
    r.studyUids = event.studyUids;
    r.detail = event.detail;
    auto appended = db::AuditLog(*cache.value()).append(r);
    if (!appended) return Error{appended.error()};
    return {};
}

Status audited(const QString& dataDir, AuditEvent event, const Status& result) {
    event.outcome = result ? QStringLiteral("success") : result.error();
    const Status recorded = recordAudit(dataDir, event);
    if (result && !recorded)
        return Error{
            QObject::tr("done, but the audit trail cannot record it: %1").arg(recorded.error())};
    return result;
}

Result<std::vector<AuditRecord>> auditRecords(const QString& dataDir, const AuditFilter& filter) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::AuditLog(*cache.value()).list(filter);
}

}  // namespace dicomnet::workflow
