#include "workflow/remote.h"

#include "db/cache.h"
#include "db/peer_directory.h"
#include "network/dicomweb_client.h"
#include "network/site_certificates.h"
#include "network/sync_engine.h"

namespace dicomnet::workflow {

struct RemotePeer::Impl {
    QString name, ourAeTitle;
    std::optional<network::DicomClient> node;
    std::optional<network::DicomWebTarget> portal;
};

Result<std::optional<RemotePeer>> RemotePeer::open(const QString& dataDir, const QString& name,
                                                   const QString& ourAeTitle, int timeoutSeconds,
                                                   const std::optional<TlsFiles>& tlsFiles) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto found = db::PeerDirectory(*cache.value()).find(name);
    if (!found) return Error{found.error()};
    if (!found.value()) return std::optional<RemotePeer>{};
    const db::Peer& p = *found.value();
    auto impl = std::make_shared<Impl>();
    impl->name = p.name;
    impl->ourAeTitle = ourAeTitle;
    if (p.dicomweb()) {
        auto target = network::portalTarget(p, timeoutSeconds);
        if (!target) return Error{target.error()};
        impl->portal = target.value();
    } else {
        std::optional<network::TlsFiles> tls;
        if (p.tls) tls = tlsFiles ? *tlsFiles : network::SiteCertificates(dataDir).tlsFiles();
        impl->node =
            network::DicomClient(ourAeTitle, {p.aeTitle, p.host, p.port}, timeoutSeconds, tls);
    }
    RemotePeer peer;
    peer.impl_ = std::move(impl);
    return std::optional<RemotePeer>{std::move(peer)};
}

const QString& RemotePeer::name() const { return impl_->name; }

bool RemotePeer::portal() const { return impl_->portal.has_value(); }

Result<std::vector<QueryMatch>> RemotePeer::find(const QString& level, const QueryKeys& keys,
                                                 int limit, int offset) const {
    if (impl_->portal)
        return network::DicomWebClient(*impl_->portal).find(level, keys, limit, offset);
    network::DicomClient client = *impl_->node;  // its own association state, per thread
    return client.find(level, keys);
}

Result<double> RemotePeer::echo() const {
    if (impl_->portal) return network::DicomWebClient(*impl_->portal).echo();
    network::DicomClient client = *impl_->node;
    return client.echo();
}

void RemotePeer::completeTarget(RetrieveTarget& target) const {
    network::DicomClient client = *impl_->node;
    client.completeTarget(target);
}

Result<GetOutcome> RemotePeer::get(const QString& dataDir, const RetrieveTarget& target,
                                   bool* notOffered) const {
    network::DicomClient client = *impl_->node;
    // This thread's own connection to the cache.
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return network::getIntoCache(client, *cache.value(), target, notOffered);
}

Result<MoveOutcome> RemotePeer::move(const RetrieveTarget& target,
                                     const QString& destinationAe) const {
    network::DicomClient client = *impl_->node;
    return client.move(target, destinationAe);
}

Result<Retrieved> RemotePeer::retrieve(const QString& dataDir, const RetrieveTarget& target,
                                       bool receiving) const {
    bool notOffered = false;
    auto got = get(dataDir, target, &notOffered);
    Retrieved r;
    if (got) {
        r.completed = got->transfer.completed;
        r.failed = got->transfer.failed + int(got->imported.rejected.size());
        r.imported = got->imported.imported;
        r.duplicates = got->imported.duplicates;
        return r;
    }
    if (!notOffered) return Error{got.error()};
    if (!receiving) {
        r.way = Retrieved::Way::Refused;
        return r;
    }
    auto moved = move(target, impl_->ourAeTitle);
    if (!moved) return Error{moved.error()};
    r.way = Retrieved::Way::Move;
    r.completed = moved->completed;
    r.failed = moved->failed;
    return r;
}

Result<qint64> queueFetch(const QString& dataDir, const QString& portal, const QString& studyUid,
                          const QString& seriesUid, const QString& sopUid) {
    return network::SyncEngine(dataDir).queueFetch(portal, studyUid, seriesUid, sopUid);
}

}  // namespace dicomnet::workflow
