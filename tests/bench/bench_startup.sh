#!/usr/bin/env bash
# Start-up time of the command line and of the window, for one build or two side by side (before
# and after a change, interleaved run by run so that both see the same machine): `--version`,
# `ls studies` on the demo patient's cache, and `view STUDY --screenshot` (loading the window
# library, opening the viewer, drawing the first image) under one Xvfb. Medians of RUNS each.
# Usage: tests/bench/bench_startup.sh RUNS BUILD_DIR [OTHER_BUILD_DIR]
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
runs=${1:?runs}
shift
builds=("$@")
[ ${#builds[@]} -ge 1 ] || { echo "usage: bench_startup.sh RUNS BUILD_DIR [OTHER_BUILD_DIR]" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Each build its own copy of one data directory (the demo patient): a newer build migrates the
# index, and an older one would then refuse it.
"${builds[0]}/app/dicomnet" --data-dir "$tmp/data" demo >/dev/null 2>&1
study=$("${builds[0]}/app/dicomnet" --data-dir "$tmp/data" ls studies --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["study_uid"])')
for n in $(seq ${#builds[@]}); do cp -a "$tmp/data" "$tmp/data$n"; done

cat >"$tmp/measure.sh" <<'INNER'
set -euo pipefail
tmp=$1 runs=$2 study=$3
shift 3
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
for _ in $(seq "$runs"); do
  n=0
  for b in "$@"; do
    n=$((n + 1))
    ms "$b/app/dicomnet" --version >>"$tmp/$n.version"
    ms "$b/app/dicomnet" --data-dir "$tmp/data$n" ls studies >>"$tmp/$n.ls"
    ms "$b/app/dicomnet" --data-dir "$tmp/data$n" view "$study" --screenshot "$tmp/shot.png" >>"$tmp/$n.view"
  done
done
INNER
xvfb-run -a -s "-screen 0 1600x1000x24" bash "$tmp/measure.sh" "$tmp" "$runs" "$study" "${builds[@]}"

median() { sort -n "$1" | awk '{a[NR]=$1} END {printf "%6d ms (min %d, max %d)", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); medians of $runs"
n=0
for b in "${builds[@]}"; do
  n=$((n + 1))
  printf '%-24s --version %s   ls studies %s   view --screenshot %s\n' "$b" \
    "$(median "$tmp/$n.version")" "$(median "$tmp/$n.ls")" "$(median "$tmp/$n.view")"
done
