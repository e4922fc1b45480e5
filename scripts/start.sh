#!/usr/bin/env bash
# Quick start: install what is missing, build, and open the workstation.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/deps.sh"
"$here/scripts/build.sh"
exec "${DICOMNET_BUILD_DIR:-$here/build}/app/dicomnet" "$@"
