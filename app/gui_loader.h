// Opens a window (the workstation, or `dicomnet view`) by loading libdicomnet_gui.so, next to
// the executable in the build tree or in <prefix>/lib/dicomnet once installed.
#pragma once

namespace dicomnet::app {
struct GlobalOptions;
int runGui(int argc, char** argv, const GlobalOptions& options);
}  // namespace dicomnet::app
