// `dicomnet compare` in a library of its own (libdicomnet_compare.so): ITK, its eleven
// libraries and their start-up work are loaded only by the command that aligns films.
#include "cli.h"

extern "C" __attribute__((visibility("default"))) int dicomnet_compare_run(
    int, char**, const dicomnet::app::GlobalOptions* options) {
    return dicomnet::app::runCompare(*options);
}
