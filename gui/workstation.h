// Starts the workstation window (QApplication) for `dicomnet` without a subcommand.
#pragma once

#include "workflow/global_options.h"

namespace dicomnet::gui {
int runWorkstation(int argc, char** argv, const workflow::GlobalOptions& options);
}  // namespace dicomnet::gui
