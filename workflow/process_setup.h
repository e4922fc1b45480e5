// What a dicomnet process sets once, first thing in main(), before any thread exists.
#pragma once

namespace dicomnet::workflow {
// Networking (no Nagle delay on associations, SIGPIPE ignored), see network/network_setup.h.
void prepareProcess();
}  // namespace dicomnet::workflow
