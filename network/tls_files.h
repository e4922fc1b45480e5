// The files of a TLS identity: our certificate and key, and the CA that peers' certificates
// must chain to (mutual authentication).
#pragma once

#include <QString>

namespace dicomnet::network {

struct TlsFiles {
    QString certificate;  // PEM
    QString privateKey;   // PEM
    QString trustedCa;    // PEM
};

}  // namespace dicomnet::network
