// `dicomnet compare` in a library of its own (libdicomnet_compare.so): ITK, its eleven
// libraries and their start-up work are loaded only by the command that aligns films.
#include "cli/cli.h"

extern "C" __attribute__((visibility("default"))) int dicomnet_compare_run(
    int, char**, const dicomnet::workflow::GlobalOptions* options) {
    return dicomnet::cli::runCompare(*options);
}
