#include "workflow/process_setup.h"

#include "network/network_setup.h"

namespace dicomnet::workflow {

void prepareProcess() { network::configureNetworking(); }

}  // namespace dicomnet::workflow
