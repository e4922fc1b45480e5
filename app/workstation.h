// Starts the workstation window (QApplication) for `dicomnet` without a subcommand.
#pragma once

namespace dicomnet::app {
struct GlobalOptions;
int runWorkstation(int argc, char** argv, const GlobalOptions& options);
}  // namespace dicomnet::app
