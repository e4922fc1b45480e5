// Sends syslog messages to a collector over TLS (RFC 5425: each message framed by its length),
// the collector's certificate checked against a CA, this node's certificate offered when given.
// Blocking, with a timeout on each phase; for a worker thread.
#pragma once

#include "core/result.h"
#include "tls_files.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dicomnet::network {

struct SyslogTarget {
    QString host;
    int port = 6514;
    QString caFile;                  // who the collector must be
    std::optional<TlsFiles> client;  // this node, when the collector asks
    int timeoutSeconds = 10;
};

// Sends `messages` (RFC 5424 messages) in order; the number written before a failure (and why).
struct SyslogResult {
    int sent = 0;
    QString error;
};
SyslogResult sendSyslog(const SyslogTarget& target, const QList<QByteArray>& messages);

}  // namespace dicomnet::network
