#!/usr/bin/env bash
# Quick start: install what is missing, build, and open the workstation. When the cache is
# empty, the demo patient (made by dicomnet, no real person's data) is put in first.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/deps.sh"
"$here/scripts/build.sh"
dicomnet="${DICOMNET_BUILD_DIR:-$here/build}/app/dicomnet"
# The quick start is a demo: a data directory that has not chosen how it is used is opened in
# single-user mode (no sign-in; `dicomnet users add` turns users on later). One with users
# refuses the listing here, and the window asks who signs in.
if [ "$#" -eq 0 ] && [ "$("$dicomnet" --single-user ls studies --json </dev/null 2>/dev/null | tr -d '[:space:]')" = "[]" ]; then
  "$dicomnet" demo
fi
exec "$dicomnet" "$@"
