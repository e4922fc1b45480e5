#!/usr/bin/env bash
# The committed .ts files are what lupdate makes of today's sources: no user-visible string
# was added or changed without being extracted (and then translated: translations_complete).
# Usage: translations_current.sh LUPDATE PROJECT_CMAKE GENERATOR_SCRIPT TS_FILE...
# (PROJECT_CMAKE: what qt_add_translations writes at configure time; GENERATOR_SCRIPT: Qt's
# GenerateLUpdateProject.cmake, which turns it into lupdate's JSON project, as the build does.)
set -euo pipefail
lupdate=$1 projectCmake=$2 generator=$3
shift 3
[ -f "$projectCmake" ] || { echo "no lupdate project $projectCmake (Qt's layout changed?)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
project=$tmp/project.json
cmake -DIN_FILE="$projectCmake" -DOUT_FILE="$project" -P "$generator" >/dev/null
copies=()
for ts in "$@"; do
  cp "$ts" "$tmp/"
  copies+=("$tmp/$(basename "$ts")")
done
"$lupdate" -project "$project" -no-obsolete -locations none -ts "${copies[@]}" >/dev/null
status=0
for ts in "$@"; do
  if ! cmp -s "$ts" "$tmp/$(basename "$ts")"; then
    echo "$(basename "$ts") is not current: run cmake --build build --target update_translations, then translate" >&2
    diff "$ts" "$tmp/$(basename "$ts")" | head -20 >&2 || true
    status=1
  fi
done
exit $status
