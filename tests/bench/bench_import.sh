#!/usr/bin/env bash
# Import throughput against its peer, in one run: a 400-slice 512×512 CT (about 210 MB) from the
# page cache, imported durably by `dicomnet import`, versus `cp -r` of the same files + `sync`.
# Alternates the two, RUNS times each, and prints medians and the ratio.
#   tests/bench/bench_import.sh [BUILD_DIR=build] [RUNS=5] [WORK_DIR=/tmp/dicomnet-bench]
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
build=$(cd "${1:-build}" && pwd)
runs=${2:-5}
work=${3:-/tmp/dicomnet-bench}
dicomnet=$build/app/dicomnet
make_series=$build/tests/dicomnet_make_series
src=$work/ct400
mkdir -p "$work"
[ -f "$src/CT000400.dcm" ] || "$make_series" "$src" 400 512 512
bytes=$(du -sb "$src" | cut -f1)
cat "$src"/* >/dev/null  # into the page cache

now() { date +%s.%N; }
copy_times=() import_times=()
rm -rf "$work"/copy* "$work"/data*; sync
# Nothing is deleted between runs: this disk is mounted with `discard`, and a deletion makes the
# next flush, whoever's it is, wait for the freed blocks to be trimmed. The order alternates.
for i in $(seq "$runs"); do
  for side in $( [ $((i % 2)) = 1 ] && echo "copy import" || echo "import copy"); do
    sync
    if [ "$side" = copy ]; then
      t0=$(now); cp -r "$src" "$work/copy$i"; sync; t1=$(now)
      copy_times+=("$(echo "$t1 - $t0" | bc)")
    else
      t0=$(now); "$dicomnet" --data-dir "$work/data$i" import "$src" >/dev/null 2>&1; t1=$(now)
      import_times+=("$(echo "$t1 - $t0" | bc)")
      n=$("$dicomnet" --data-dir "$work/data$i" ls studies --json | grep -c '"instance_count": 400' || true)
      [ "$n" = 1 ] || { echo "import run $i did not store 400 instances" >&2; exit 1; }
    fi
  done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mc=$(median "${copy_times[@]}"); mi=$(median "${import_times[@]}")
mb=$(echo "scale=1; $bytes / 1048576" | bc)
echo "data: 400 files, $mb MB; $runs runs each, alternating"
echo "cp -r + sync:    median $mc s  ($(echo "scale=1; $mb / $mc" | bc) MB/s)  runs: ${copy_times[*]}"
echo "dicomnet import: median $mi s  ($(echo "scale=1; $mb / $mi" | bc) MB/s)  runs: ${import_times[*]}"
echo "import throughput / copy throughput: $(echo "scale=2; $mc / $mi" | bc)"
rm -rf "$work"/copy* "$work"/data*
