#include "syslog_sender.h"

#include <QFile>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace dicomnet::network {

SyslogResult sendSyslog(const SyslogTarget& target, const QList<QByteArray>& messages) {
    SyslogResult result;
    const int ms = target.timeoutSeconds * 1000;
    const QString where = QStringLiteral("%1:%2").arg(target.host).arg(target.port);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(target.caFile);
    if (ca.isEmpty()) {
        result.error = QObject::tr("no CA certificate in %1").arg(target.caFile);
        return result;
    }
    ssl.setCaCertificates(ca);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (target.client) {
        QFile key(target.client->privateKey);
        if (key.open(QIODevice::ReadOnly)) {
            ssl.setPrivateKey(QSslKey(&key, QSsl::Rsa));
            if (ssl.privateKey().isNull()) {
                key.seek(0);
                ssl.setPrivateKey(QSslKey(&key, QSsl::Ec));
            }
        }
        const auto own = QSslCertificate::fromPath(target.client->certificate);
        if (!own.isEmpty()) ssl.setLocalCertificate(own.front());
    }
    QSslSocket socket;
    socket.setSslConfiguration(ssl);
    socket.connectToHostEncrypted(target.host, quint16(target.port));
    if (!socket.waitForEncrypted(ms)) {
        result.error =
            QObject::tr("cannot reach the audit collector %1: %2").arg(where, socket.errorString());
        return result;
    }
    for (const QByteArray& m : messages) {
        // RFC 5425 4.3: MSG-LEN SP SYSLOG-MSG.
        socket.write(QByteArray::number(m.size()) + ' ' + m);
        while (socket.bytesToWrite() > 0)
            if (!socket.waitForBytesWritten(ms)) {
                result.error = QObject::tr("the audit collector %1 stopped taking messages: %2")
                                   .arg(where, socket.errorString());
                return result;
            }
        ++result.sent;
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState) socket.waitForDisconnected(ms);
    return result;
}

}  // namespace dicomnet::network
