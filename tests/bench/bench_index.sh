#!/usr/bin/env bash
# The index at scale, in one run: grows an index to 1,000,000 instances (100,000 studies), times
# `history` and a search by name in-process (dicomnet_bench_index) and end to end (the CLI), and
# compares the import rate into that index with the rate into an empty one (alternating runs,
# a new 1,000-object series each time, medians).
#   tests/bench/bench_index.sh [BUILD_DIR=build] [RUNS=5] [WORK_DIR=/tmp/dicomnet-bench-index]
set -euo pipefail
build=$(cd "${1:-build}" && pwd)
runs=${2:-5}
work=${3:-/tmp/dicomnet-bench-index}
dicomnet=$build/app/dicomnet
mkdir -p "$work"
"$build/tests/bench/dicomnet_bench_index" "$work/big" 1000000

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

cli=()
for i in $(seq 20); do
  t0=$(now); "$dicomnet" --data-dir "$work/big" history "MD-$(printf %07d $((RANDOM % 33000)))" --json >/dev/null; t1=$(now)
  cli+=("$(echo "($t1 - $t0) * 1000" | bc)")
done
echo "history via the CLI (process start included): median $(median "${cli[@]}") ms"

empty=() big=()
for i in $(seq "$runs"); do
  rm -rf "$work/series$i" "$work/empty"
  "$build/tests/dicomnet_make_series" "$work/series$i" 1000 64 64 "BENCH-$i"
  cat "$work/series$i"/* >/dev/null
  # `sync` first: on ext4 a flush also waits for the writeback the previous run left behind.
  # The order alternates so that neither side always runs on the warmer machine.
  for side in $( [ $((i % 2)) = 1 ] && echo "empty big" || echo "big empty"); do
    sync
    t0=$(now); "$dicomnet" --data-dir "$work/$side" import "$work/series$i" >/dev/null 2>&1; t1=$(now)
    rate=$(echo "1000 / ($t1 - $t0)" | bc)
    if [ "$side" = empty ]; then empty+=("$rate"); else big+=("$rate"); fi
  done
  rm -rf "$work/series$i"
done
me=$(median "${empty[@]}"); mb=$(median "${big[@]}")
echo "import into an empty index:     median $me objects/s  runs: ${empty[*]}"
echo "import into a 1M-instance index: median $mb objects/s  runs: ${big[*]}"
echo "rate at 1M / rate when empty: $(echo "scale=2; $mb / $me" | bc)"
