#!/usr/bin/env bash
# Configures and builds dicomnet into build/ (Release with debug info, Ninja, ccache when present).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${DICOMNET_BUILD_DIR:-$here/build}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=${CMAKE_BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build" -j"$(nproc)"
