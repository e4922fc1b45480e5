#include "workflow/rules.h"

#include "workflow/audit.h"

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
    auto added = db::ForwardRules(*cache.value()).add(rule);
    audited(dataDir,
            {QStringLiteral("rule-added"),
             {},
             {},
             {},
             QStringLiteral("from %1, modality %2 → %3")
                 .arg(rule.fromAe.isEmpty() ? QStringLiteral("any") : rule.fromAe,
                      rule.modality.isEmpty() ? QStringLiteral("any") : rule.modality,
                      rule.destination)},
            added ? Status{} : Status{Error{added.error()}});
    return added;
}

Status removeForwardRule(const QString& dataDir, qint64 id) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return audited(dataDir, {QStringLiteral("rule-removed"), {}, {}, {}, QString::number(id)},
                   db::ForwardRules(*cache.value()).remove(id));
}

Result<std::vector<ForwardRule>> listForwardRules(const QString& dataDir) {
    auto cache = db::Cache::open(dataDir);
    if (!cache) return Error{cache.error()};
    return db::ForwardRules(*cache.value()).list();
}

}  // namespace dicomnet::workflow
