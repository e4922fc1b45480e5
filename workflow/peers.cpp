#include "workflow/peers.h"

#include "db/cache.h"

namespace dicomnet::workflow {

QString peerProblem(const Peer& peer) { return db::PeerDirectory::validate(peer); }

Status addPeer(const QString& dataDir, const Peer& peer) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::PeerDirectory(*cache.value()).add(peer);
}

Status removePeer(const QString& dataDir, const QString& name) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::PeerDirectory(*cache.value()).remove(name);
}

Result<std::vector<Peer>> listPeers(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::PeerDirectory(*cache.value()).list();
}

}  // namespace dicomnet::workflow
