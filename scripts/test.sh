#!/usr/bin/env bash
# Quick start: install what is missing, build, and run the whole test suite (GUI tests under Xvfb).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${DICOMNET_BUILD_DIR:-$here/build}
"$here/scripts/deps.sh"
"$here/scripts/build.sh"
cd "$build"
ctest --output-on-failure --timeout 1200 -j2 "$@"
