// Forwarding rules: what arrives from a sender (AE title) or of a modality goes on to a peer by
// itself — `dicomnet rules`; the window's and `listen`'s listener applies them.
#pragma once

#include "core/result.h"
#include "db/forward_rules.h"

#include <QString>

#include <vector>

namespace dicomnet::workflow {

using db::ForwardRule;

// Adds `rule`; its destination must be a known peer. The new rule's number.
Result<qint64> addForwardRule(const QString& dataDir, const ForwardRule& rule);
Status removeForwardRule(const QString& dataDir, qint64 id);
Result<std::vector<ForwardRule>> listForwardRules(const QString& dataDir);

}  // namespace dicomnet::workflow
