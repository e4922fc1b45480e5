// The peers a workstation sends to and asks — DICOM nodes and DICOMweb portals — as the
// command line (`dicomnet peers`) and the window's peers dialog keep them.
#pragma once

#include "core/result.h"
#include "db/peer_directory.h"

#include <QString>

#include <optional>
#include <vector>

namespace dicomnet::workflow {

using db::Peer;

// What is wrong with `peer` before it is stored (empty when nothing).
QString peerProblem(const Peer& peer);
// Stores `peer` (a new name, or the same name replaced).
Status addPeer(const QString& dataDir, const Peer& peer);
Status removePeer(const QString& dataDir, const QString& name);
Result<std::vector<Peer>> listPeers(const QString& dataDir);
// The peer named `name`, none when there is no such peer.
Result<std::optional<Peer>> findPeer(const QString& dataDir, const QString& name);
// The SHA-256 of the certificate in `pemFile`: the one certificate accepted from a TLS peer.
Result<QString> certificateFingerprint(const QString& pemFile);
// The AE title this workstation calls and listens with: the one `portal join` set, else
// DICOMNET (also when the index cannot be read: the caller's own error comes later).
QString ownAeTitle(const QString& dataDir);
Status setOwnAeTitle(const QString& dataDir, const QString& aeTitle);

// C-ECHO `peer` as `ourAeTitle`, over TLS with the data directory's site certificates when the
// peer speaks it; the round trip in ms. Blocks: call it from a worker.
Result<double> echoPeer(const QString& dataDir, const Peer& peer, const QString& ourAeTitle,
                        int timeoutSeconds);

}  // namespace dicomnet::workflow
