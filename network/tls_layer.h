// DCMTK's TLS transport layer set up the way dicomnet uses it: the Non-downgrading BCP 195
// profile (TLS 1.2 or newer), our certificate and key, peers verified against the site CA and
// required to present a certificate. Internal to network/.
#pragma once

#include "tls_files.h"

#include "core/result.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/assoc.h>
#include <dcmtk/dcmtls/tlslayer.h>

#include <memory>

namespace dicomnet::network {

Result<std::unique_ptr<DcmTLSTransportLayer>> makeTlsLayer(T_ASC_NetworkRole role,
                                                           const TlsFiles& files);

}  // namespace dicomnet::network
