#!/usr/bin/env bash
# Quick start: install what is missing, build, and open the workstation. When the cache is
# empty, the demo patient (made by dicomnet, no real person's data) is put in first.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/deps.sh"
"$here/scripts/build.sh"
dicomnet="${DICOMNET_BUILD_DIR:-$here/build}/app/dicomnet"
if [ "$#" -eq 0 ] && [ "$("$dicomnet" ls studies --json 2>/dev/null | tr -d '[:space:]')" = "[]" ]; then
  "$dicomnet" demo
fi
exec "$dicomnet" "$@"
