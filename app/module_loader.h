// The parts of dicomnet that bring heavy libraries, loaded by the executable only when a
// command needs them, next to it in the build tree or in <prefix>/lib/dicomnet once installed:
// libdicomnet_gui.so (Qt Widgets, VTK) to open a window (the workstation, `dicomnet view`),
// libdicomnet_compare.so (ITK) for `dicomnet compare`. Every other command starts without them.
#pragma once

namespace dicomnet::workflow {
struct GlobalOptions;
}

namespace dicomnet::app {
using workflow::GlobalOptions;
int runGui(int argc, char** argv, const GlobalOptions& options);
int runCompareModule(int argc, char** argv, const GlobalOptions& options);
}  // namespace dicomnet::app
