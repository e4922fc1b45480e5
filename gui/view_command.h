// `dicomnet view UID [--layout 1x2] [--mpr] [--compare [--mode M]] [--screenshot FILE]`: the one
// subcommand that opens a window, so it lives in the window library (it needs QApplication).
#pragma once

#include "workflow/global_options.h"

namespace dicomnet::gui {
int runView(int argc, char** argv, const workflow::GlobalOptions& options);
}  // namespace dicomnet::gui
