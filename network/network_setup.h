// Process-wide settings for DICOM networking, applied once at start-up before any thread runs.
#pragma once

namespace dicomnet::network {

// Turns Nagle's algorithm off for every association DCMTK opens or accepts (DCMTK reads the
// TCP_NODELAY environment variable per association; without it every C-STORE waits ~40 ms for
// a delayed ACK), and ignores SIGPIPE so that a peer closing its socket is an error, not a kill.
void configureNetworking();

}  // namespace dicomnet::network
