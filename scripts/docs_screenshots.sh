#!/bin/sh
# The README's pictures of every layout in the three languages: runs test_overlays (the window
# at 1280×900 under Xvfb on the demo patient: 1×1, 1×2, 2×2, MPR, 3D and the comparison in each
# mode, in en, ro and ru) and keeps its screenshots in docs/layouts/ as JPEG.
#   scripts/docs_screenshots.sh [BUILD_DIR]
set -eu
build="${1:-build}"
here=$(cd "$(dirname "$0")/.." && pwd)
cmake --build "$build" --target test_overlays
DICOMNET_SINGLE_USER=1 DICOMNET_DOCS_SCREENSHOTS="$here/docs/layouts" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/gui/test_overlays"
ls -l "$here/docs/layouts"
