#include "network_setup.h"

#include "core/dcmtk_setup.h"

#include <csignal>
#include <cstdlib>

namespace dicomnet::network {

void configureNetworking() {
    ::setenv("TCP_NODELAY", "1", 1);
    ensureDcmtkConfigured();  // DCMTK's own log lines stay off unless DICOMNET_DCMTK_LOG is set
    std::signal(SIGPIPE, SIG_IGN);
}

}  // namespace dicomnet::network
