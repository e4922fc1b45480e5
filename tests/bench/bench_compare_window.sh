#!/usr/bin/env bash
# The same alignment in the window and on the command line, in one run: the demo patient's
# latest chest film and the one before it, aligned by `dicomnet view LATEST --compare` (under
# Xvfb, in the window's worker, while the viewports load) and by `dicomnet compare LATEST PRIOR
# --again` — each on a fresh data directory, so that nothing is kept from before. RUNS runs,
# medians, the window's time as a multiple of the command line's.
#   tests/bench/bench_compare_window.sh BUILD [RUNS=5] [WORK_DIR=/tmp/dicomnet-bench-compare]
set -euo pipefail
export DICOMNET_SINGLE_USER=1
bin=$(cd "$1" && pwd)/app/dicomnet
runs=${2:-5}
work=${3:-/tmp/dicomnet-bench-compare}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
win=() cli=()
for i in $(seq "$runs"); do
  d=$work/run$i; rm -rf "$d"
  "$bin" --data-dir "$d" demo >/dev/null
  mapfile -t films < <("$bin" --data-dir "$d" ls studies --json |
    python3 -c 'import json,sys; s=[x for x in json.load(sys.stdin) if "DX" in x["modalities"]]; s.sort(key=lambda x: x["study_date"]); print(s[-1]["study_uid"]); print(s[-2]["study_uid"])')
  w=$(xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" --data-dir "$d" view "${films[0]}" --compare \
        --screenshot "$d/window.png" 2>/dev/null | sed -n 's/^aligned in \([0-9.]*\) s$/\1/p')
  c=$("$bin" --data-dir "$d" compare "${films[0]}" "${films[1]}" --again --json |
        python3 -c 'import json,sys; print(json.load(sys.stdin)["seconds"])')
  echo "run $i: window $w s, command line $c s"
  win+=("$w"); cli+=("$c")
done
mw=$(median "${win[@]}"); mc=$(median "${cli[@]}")
echo "alignment of the demo's films, $runs runs, medians: window $mw s, command line $mc s, ratio $(echo "scale=2; $mw / $mc" | bc)"
rm -rf "$work"
