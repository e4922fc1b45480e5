#!/usr/bin/env bash
# The index at scale, in one run: grows an index to 1,000,000 instances (100,000 studies), times
# `history` and a search by name in-process (dicomnet_bench_index) and end to end (the CLI), and
# compares the import rate into that index with the rate into an empty one (alternating runs,
# a new 1,000-object series each time, medians of the importer's own timing).
#   tests/bench/bench_index.sh [BUILD_DIR=build] [RUNS=5] [WORK_DIR=/tmp/dicomnet-bench-index]
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
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

for by in month week modality source reader; do
  st=()
  for i in $(seq 7); do
    t0=$(now); "$dicomnet" --data-dir "$work/big" stats --by "$by" >/dev/null; t1=$(now)
    st+=("$(echo "($t1 - $t0) * 1000" | bc)")
  done
  echo "stats --by $by via the CLI (process start included): median $(median "${st[@]}") ms"
done
v=()
for i in $(seq 7); do t0=$(now); "$dicomnet" --version >/dev/null; t1=$(now); v+=("$(echo "($t1 - $t0) * 1000" | bc)"); done
echo "dicomnet --version (the process alone): median $(median "${v[@]}") ms"

empty=() big=()
for i in $(seq "$runs"); do
  # Nothing is deleted until the end: this disk is mounted with `discard`, and a deletion makes
  # the next flush, whoever's it is, wait for the freed blocks to be trimmed.
  "$build/tests/dicomnet_make_series" "$work/series$i" 1000 64 64 "BENCH-$i"
  cat "$work/series$i"/* >/dev/null
  # `sync` first: on ext4 a flush also waits for the writeback the previous run left behind.
  # The order alternates so that neither side always runs on the warmer machine.
  for side in $( [ $((i % 2)) = 1 ] && echo "empty big" || echo "big empty"); do
    sync
    # The importer's own clock: opening the index and walking the folder included, process
    # start-up (the same for both) left out.
    dest=$work/$side; [ "$side" = empty ] && dest=$work/empty$i
    secs=$("$dicomnet" --data-dir "$dest" import --json "$work/series$i" 2>/dev/null |
           sed -n 's/.*"seconds": \([0-9.]*\).*/\1/p')
    rate=$(echo "1000 / $secs" | bc)
    if [ "$side" = empty ]; then empty+=("$rate"); else big+=("$rate"); fi
  done
done
rm -rf "$work"/series* "$work"/empty*
me=$(median "${empty[@]}"); mb=$(median "${big[@]}")
echo "import into an empty index:     median $me objects/s  runs: ${empty[*]}"
echo "import into a 1M-instance index: median $mb objects/s  runs: ${big[*]}"
echo "rate at 1M / rate when empty: $(echo "scale=2; $mb / $me" | bc)"
