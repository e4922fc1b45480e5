// Which callers the listener accepts when it takes known peers only: the calling AE title must
// be a peer's, and over TLS the certificate the caller presented must be that peer's — the one
// pinned by its SHA-256, or else one whose subject CN is the peer's name (what `dicomnet certs
// issue NAME` makes; the chain to the site CA was checked by the TLS handshake already).
#pragma once

#include "db/peer_directory.h"
#include "site_certificates.h"

#include <QString>

#include <optional>
#include <vector>

namespace dicomnet::network {

// Empty when the caller is accepted; otherwise why not, for the log. `certificate` is the
// caller's TLS certificate, absent on a plain association.
QString knownCallerRefusal(const std::vector<db::Peer>& peers, const QString& callingAeTitle,
                           const std::optional<CertificateIdentity>& certificate);

}  // namespace dicomnet::network
