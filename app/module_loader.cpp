#include "app/module_loader.h"

#include "cli/cli.h"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <string>

namespace dicomnet::app {

namespace {

std::string executableDir() {
    char path[PATH_MAX] = {};
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0) return ".";
    std::string p(path, size_t(n));
    return p.substr(0, p.rfind('/'));
}

// Loads `file` and runs its `entry`; says why when it cannot.
int runModule(const char* file, const char* entry, const char* what, int argc, char** argv,
              const GlobalOptions& options) {
    const std::string dir = executableDir();
    const std::string candidates[] = {dir + "/" + file, dir + "/" DICOMNET_GUI_RELATIVE "/" + file};
    std::string why;
    for (const std::string& path : candidates) {
        if (::access(path.c_str(), R_OK) != 0) continue;
        // Lazy: of the ~40,000 functions VTK, Qt and their libraries import, a window calls a
        // few thousand; binding each at its first call saves resolving the rest (tens of ms).
        void* library = ::dlopen(path.c_str(), RTLD_LAZY | RTLD_LOCAL);
        if (!library) {
            why = ::dlerror();
            continue;
        }
        using Run = int (*)(int, char**, const GlobalOptions*);
        auto run = reinterpret_cast<Run>(::dlsym(library, entry));
        if (!run) {
            why = ::dlerror();
            continue;
        }
        return run(argc, argv, &options);
    }
    std::fprintf(stderr, "dicomnet: the %s library %s cannot be loaded%s%s\n", what, file,
                 why.empty() ? " (not found next to the program)" : ": ", why.c_str());
    return 1;
}

}  // namespace

int runGui(int argc, char** argv, const GlobalOptions& options) {
    return runModule("libdicomnet_gui.so", "dicomnet_gui_run", "window", argc, argv, options);
}

int runCompareModule(int argc, char** argv, const GlobalOptions& options) {
    return runModule("libdicomnet_compare.so", "dicomnet_compare_run", "comparison", argc, argv,
                     options);
}

}  // namespace dicomnet::app
