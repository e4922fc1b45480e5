// The window side of dicomnet, in a library of its own (libdicomnet_gui.so) that the executable
// loads only to open a window: the command line then starts without Qt Widgets, OpenGL and
// VTK's hundred libraries (40 ms a command otherwise, 8 % of a `send`).
#include "gui/view_command.h"
#include "gui/workstation.h"
#include "workflow/global_options.h"

extern "C" __attribute__((visibility("default"))) int dicomnet_gui_run(
    int argc, char** argv, const dicomnet::workflow::GlobalOptions* options) {
    if (options->subcommand == QLatin1String("view"))
        return dicomnet::gui::runView(argc, argv, *options);
    return dicomnet::gui::runWorkstation(argc, argv, *options);
}
