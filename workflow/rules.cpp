#include "workflow/rules.h"

#include "db/cache.h"
#include "db/peer_directory.h"

#include <QObject>

namespace dicomnet::workflow {

Result<qint64> addForwardRule(const QString& dataDir, const ForwardRule& rule) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    auto peer = db::PeerDirectory(*cache.value()).find(rule.destination);
    if (!peer) return Error{peer.error()};
    if (!peer.value()) return Error{QObject::tr("no peer named \"%1\"").arg(rule.destination)};
    return db::ForwardRules(*cache.value()).add(rule);
}

Status removeForwardRule(const QString& dataDir, qint64 id) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::ForwardRules(*cache.value()).remove(id);
}

Result<std::vector<ForwardRule>> listForwardRules(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::ForwardRules(*cache.value()).list();
}

}  // namespace dicomnet::workflow
