#include "workflow/audit_forwarding.h"

#include "workflow/audit.h"
#include "workflow/audit_atna.h"
#include "workflow/site.h"

#include "db/cache.h"
#include "network/syslog_sender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QObject>
#include <QSysInfo>

namespace dicomnet::workflow {

namespace {

// RFC 5424: <PRI>VERSION TIMESTAMP HOSTNAME APP-NAME PROCID MSGID STRUCTURED-DATA MSG, with
// facility 10 (security/authorization) and severity 5 (notice), MSGID as IHE ATNA names it.
QByteArray syslogMessage(const db::AuditRecord& r, const QString& host) {
    const QByteArray timestamp =
        QDateTime::fromMSecsSinceEpoch(r.atMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    return "<85>1 " + timestamp + ' ' + host.toLatin1() + " dicomnet " +
           QByteArray::number(QCoreApplication::applicationPid()) + " IHE+RFC-3881 - " +
           atnaMessage(r, host);
}

}  // namespace

Status setAuditCollector(const QString& dataDir, const QString& host, int port,
                         const QString& caFile) {
    const QString ca = caFile.isEmpty() ? siteCaCertificate(dataDir) : caFile;
    if (host.isEmpty() || port < 1 || port > 65535)
        return Error{QObject::tr("the collector is HOST:PORT")};
    if (!QFileInfo(ca).isReadable())
        return Error{QObject::tr("no CA certificate to check the collector with (%1); give "
                                 "--ca FILE or make the site's (dicomnet certs init)")
                         .arg(ca)};
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::AuditForwarding target;
    target.host = host;
    target.port = port;
    target.caFile = QFileInfo(ca).absoluteFilePath();
    return audited(dataDir,
                   {QStringLiteral("audit-forwarding-set"),
                    {},
                    {},
                    {},
                    QStringLiteral("%1:%2").arg(host).arg(port)},
                   db::AuditLog(*cache.value()).setForwarding(target));
}

Status clearAuditCollector(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return audited(dataDir, {QStringLiteral("audit-forwarding-stopped"), {}, {}, {}, {}},
                   db::AuditLog(*cache.value()).clearForwarding());
}

Result<std::optional<db::AuditForwarding>> auditCollector(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::AuditLog(*cache.value()).forwarding();
}

Result<AuditForwarded> forwardAudit(const QString& dataDir, int timeoutSeconds) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    db::AuditLog log(*cache.value());
    auto target = log.forwarding();
    if (!target) return Error{target.error()};
    if (!target.value()) return AuditForwarded{};
    network::SyslogTarget to{target.value()->host, target.value()->port, target.value()->caFile,
                             std::nullopt, timeoutSeconds};
    if (siteCertificatesReady(dataDir)) to.client = siteTlsFiles(dataDir);
    const QString host = QSysInfo::machineHostName();
    AuditForwarded done;
    qint64 through = target.value()->lastSentId;
    for (;;) {
        auto batch = log.after(through, 500);
        if (!batch) return Error{batch.error()};
        if (batch->empty()) break;
        QList<QByteArray> messages;
        for (const db::AuditRecord& r : batch.value()) messages << syslogMessage(r, host);
        const network::SyslogResult sent = network::sendSyslog(to, messages);
        if (sent.sent > 0) through = batch->at(size_t(sent.sent) - 1).id;
        done.sent += sent.sent;
        if (!sent.error.isEmpty()) {
            log.markForwarded(through, sent.error);
            return Error{QObject::tr("%1; the records after %2 wait for the next attempt")
                             .arg(sent.error)
                             .arg(through)};
        }
        if (Status s = log.markForwarded(through, {}); !s) return Error{s.error()};
    }
    return done;
}

}  // namespace dicomnet::workflow
