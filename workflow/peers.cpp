#include "workflow/peers.h"

#include "workflow/audit.h"

#include "db/cache.h"
#include "network/dicom_client.h"
#include "network/site_certificates.h"

#include <optional>

namespace dicomnet::workflow {

QString peerProblem(const Peer& peer) { return db::PeerDirectory::validate(peer); }

Status addPeer(const QString& dataDir, const Peer& peer) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return audited(dataDir,
                   {QStringLiteral("peer-added"),
                    {},
                    {},
                    {},
                    QStringLiteral("%1 %2@%3:%4%5%6")
                        .arg(peer.name, peer.aeTitle, peer.host)
                        .arg(peer.port)
                        .arg(peer.tls ? QStringLiteral(" tls") : QString(),
                             peer.external ? QStringLiteral(" external") : QString())},
                   db::PeerDirectory(*cache.value()).add(peer));
}

Status removePeer(const QString& dataDir, const QString& name) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return audited(dataDir, {QStringLiteral("peer-removed"), {}, {}, {}, name},
                   db::PeerDirectory(*cache.value()).remove(name));
}

Result<std::vector<Peer>> listPeers(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::PeerDirectory(*cache.value()).list();
}

Result<std::optional<Peer>> findPeer(const QString& dataDir, const QString& name) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::PeerDirectory(*cache.value()).find(name);
}

QString ownAeTitle(const QString& dataDir) {
    const QString fallback = QStringLiteral("DICOMNET");
    auto cache = db::Cache::open(dataDir);
    if (!cache) return fallback;
    auto own = db::PeerDirectory(*cache.value()).ownAeTitle();
    return own && !own->isEmpty() ? own.value() : fallback;
}

Status setOwnAeTitle(const QString& dataDir, const QString& aeTitle) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return audited(dataDir, {QStringLiteral("ae-title-set"), {}, {}, {}, aeTitle},
                   db::PeerDirectory(*cache.value()).setOwnAeTitle(aeTitle));
}

Result<QString> certificateFingerprint(const QString& pemFile) {
    auto identity = network::certificateIdentityOfPem(pemFile);
    if (!identity) return Error{identity.error()};
    return identity->sha256;
}

Result<double> echoPeer(const QString& dataDir, const Peer& peer, const QString& ourAeTitle,
                        int timeoutSeconds) {
    std::optional<network::TlsFiles> tls;
    if (peer.tls) tls = network::SiteCertificates(dataDir).tlsFiles();
    return network::DicomClient(ourAeTitle, {peer.aeTitle, peer.host, peer.port}, timeoutSeconds,
                                tls)
        .echo();
}

}  // namespace dicomnet::workflow
