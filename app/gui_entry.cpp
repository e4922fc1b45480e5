// The window side of dicomnet, in a library of its own (libdicomnet_gui.so) that the executable
// loads only to open a window: the command line then starts without Qt Widgets, OpenGL and
// VTK's hundred libraries (40 ms a command otherwise, 8 % of a `send`).
#include "cli.h"
#include "workstation.h"

extern "C" __attribute__((visibility("default"))) int dicomnet_gui_run(
    int argc, char** argv, const dicomnet::app::GlobalOptions* options) {
    if (options->subcommand == QLatin1String("view"))
        return dicomnet::app::runView(argc, argv, *options);
    return dicomnet::app::runWorkstation(argc, argv, *options);
}
