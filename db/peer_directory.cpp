#include "peer_directory.h"

#include "cache.h"
#include "sqlite.h"

#include <QDateTime>
#include <QObject>
#include <QRegularExpression>

namespace dicomnet::db {

namespace {
Peer peerRow(const Statement& q) {
    Peer p;
    p.name = q.text(0);
    p.aeTitle = q.text(1);
    p.host = q.text(2);
    p.port = int(q.integer(3));
    p.tls = q.integer(4) != 0;
    p.certificateSha256 = q.text(5);
    p.external = q.integer(6) != 0;
    p.dicomwebUrl = q.text(7);
    p.user = q.text(8);
    p.passwordFile = q.text(9);
    p.tokenFile = q.text(10);
    p.caFile = q.text(11);
    p.compress = q.integer(12) != 0;
    return p;
}
}  // namespace

QString PeerDirectory::validate(const Peer& p) {
    if (p.name.trimmed().isEmpty()) return QObject::tr("a peer needs a name");
    if (p.dicomweb()) {
        if (!p.dicomwebUrl.startsWith(QLatin1String("http://")) &&
            !p.dicomwebUrl.startsWith(QLatin1String("https://")))
            return QObject::tr("a DICOMweb URL starts with https:// (or http://)");
        if (!p.passwordFile.isEmpty() && p.user.isEmpty())
            return QObject::tr("--password-file goes with --user");
        if (!p.tokenFile.isEmpty() && !p.user.isEmpty())
            return QObject::tr("either --user with --password-file, or --token-file");
        return {};
    }
    const QString ae = p.aeTitle.trimmed();
    if (ae.isEmpty() || ae.size() > 16)
        return QObject::tr("AE title \"%1\" must have 1 to 16 characters").arg(p.aeTitle);
    for (QChar c : ae)
        if (c == QLatin1Char('\\') || c.unicode() < 0x20 || c.unicode() > 0x7e)
            return QObject::tr("AE title \"%1\" may hold only printable ASCII without '\\'")
                .arg(p.aeTitle);
    if (p.host.trimmed().isEmpty()) return QObject::tr("a peer needs a host");
    if (p.port < 1 || p.port > 65535) return QObject::tr("port %1 is out of range").arg(p.port);
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!p.certificateSha256.isEmpty() && !sha256.match(p.certificateSha256).hasMatch())
        return QObject::tr("a certificate fingerprint is 64 hexadecimal digits (SHA-256)");
    if (!p.certificateSha256.isEmpty() && !p.tls)
        return QObject::tr("a certificate can only be checked over TLS: add --tls");
    return {};
}

Status PeerDirectory::add(const Peer& p) {
    if (const QString problem = validate(p); !problem.isEmpty()) return Error{problem};
    try {
        Statement q(
            cache_.connection(),
            "INSERT INTO peers(name, ae_title, host, port, tls, certificate_sha256, added_at, "
            "external, dicomweb_url, auth_user, password_file, token_file, ca_file, compress) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        q.bind(1, p.name.trimmed()).bind(2, p.aeTitle.trimmed()).bind(3, p.host.trimmed());
        q.bind(4, p.port).bind(5, p.tls ? 1 : 0).bind(6, p.certificateSha256.toLower());
        q.bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.bind(8, p.external ? 1 : 0);
        q.bind(9, p.dicomwebUrl).bind(10, p.user).bind(11, p.passwordFile);
        q.bind(12, p.tokenFile).bind(13, p.caFile).bind(14, p.compress ? 1 : 0);
        q.run();
    } catch (const SqliteError& e) {
        if ((e.code() & 0xff) == 19 /* SQLITE_CONSTRAINT */)
            return Error{QObject::tr("a peer named \"%1\" already exists").arg(p.name)};
        return indexError(e);
    }
    return {};
}

Status PeerDirectory::remove(const QString& name) {
    try {
        Transaction t(cache_.connection());
        Statement q(cache_.connection(), "DELETE FROM peers WHERE name = ?");
        q.bind(1, name).run();
        if (cache_.connection().changes() == 0)
            return Error{QObject::tr("no peer named \"%1\"").arg(name)};
        // What it acknowledged belonged to it: a new peer of the same name starts afresh.
        Statement forget(cache_.connection(), "DELETE FROM delivered WHERE destination = ?");
        forget.bind(1, name).run();
        t.commit();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
    return {};
}

Result<std::vector<Peer>> PeerDirectory::list() {
    try {
        Statement q(
            cache_.connection(),
            "SELECT name, ae_title, host, port, tls, certificate_sha256, external, dicomweb_url, "
            "auth_user, password_file, token_file, ca_file, compress FROM peers "
            "ORDER BY name");
        std::vector<Peer> peers;
        while (q.step()) peers.push_back(peerRow(q));
        return peers;
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<std::optional<Peer>> PeerDirectory::find(const QString& name) {
    try {
        Statement q(
            cache_.connection(),
            "SELECT name, ae_title, host, port, tls, certificate_sha256, external, dicomweb_url, "
            "auth_user, password_file, token_file, ca_file, compress FROM peers "
            "WHERE name = ?");
        q.bind(1, name);
        if (q.step()) return std::optional<Peer>(peerRow(q));
        return std::optional<Peer>();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Result<QString> PeerDirectory::ownAeTitle() {
    try {
        Statement q(cache_.connection(), "SELECT ae_title FROM node_identity WHERE id = 1");
        return q.step() ? q.text(0) : QString();
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

Status PeerDirectory::setOwnAeTitle(const QString& aeTitle) {
    Peer probe;
    probe.name = QStringLiteral("self");
    probe.aeTitle = aeTitle;
    probe.host = QStringLiteral("localhost");
    if (const QString problem = validate(probe); !problem.isEmpty()) return Error{problem};
    try {
        Statement q(cache_.connection(),
                    "INSERT INTO node_identity (id, ae_title, set_ms) VALUES (1, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET ae_title = excluded.ae_title, "
                    "set_ms = excluded.set_ms");
        q.bind(1, aeTitle).bind(2, QDateTime::currentMSecsSinceEpoch());
        q.step();
        return {};
    } catch (const SqliteError& e) {
        return indexError(e);
    }
}

}  // namespace dicomnet::db
