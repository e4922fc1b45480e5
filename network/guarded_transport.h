// The listener's transport layer: DCMTK's plain TCP or TLS connections, wrapped so that a caller
// cannot hold the listener up. Each accepted socket gets send and receive timeouts (a silent
// caller, or one stuck in a TLS handshake, is dropped), a host may hold only so many
// connections at once (more are closed on arrival), and every byte read goes through a
// PduGuard. Internal to network/ (DCMTK types).
#pragma once

#include "pdu_guard.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dcmlayer.h>

#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace dicomnet::network {

struct TransportLimits {
    int requestTimeoutSeconds = 10;  // any one read or write until the association request
    int socketTimeoutSeconds = 30;   // after it
    int maxConnectionsPerHost = 16;
    int maxConnections = 64;
    PduLimits pdu;
};

class GuardedTransportLayer : public DcmTransportLayer {
public:
    using Report = std::function<void(const QString&)>;
    // `tls` (may be null: plain TCP only) makes the secure connections; not owned.
    GuardedTransportLayer(TransportLimits limits, DcmTransportLayer* tls, Report report);
    ~GuardedTransportLayer() override;

    DcmTransportConnection* createConnection(DcmNativeSocketType openSocket,
                                             OFBool useSecureLayer) override;
    // Called on the thread that accepted, right after accept(): see DicomListener.
    static void setAcceptedHook(std::function<void()>* hook);

    struct Counts;

private:
    TransportLimits limits_;
    DcmTransportLayer* tls_;
    Report report_;
    std::shared_ptr<Counts> counts_;
};

}  // namespace dicomnet::network
