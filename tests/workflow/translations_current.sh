#!/usr/bin/env bash
# The committed .ts files are what lupdate makes of today's sources: no user-visible string
# was added or changed without being extracted (and then translated: translations_complete).
# Usage: translations_current.sh LUPDATE PROJECT_JSON TS_FILE...
set -euo pipefail
lupdate=$1 project=$2
shift 2
[ -f "$project" ] || { echo "no lupdate project file $project (Qt's layout changed?)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
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
