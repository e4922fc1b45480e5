#!/usr/bin/env bash
# A fuzzing campaign: tests/fuzz/run.sh HOURS [TARGET...]
# Builds the fuzz targets with clang, libFuzzer, ASan and UBSan into build-fuzz/ (the seeds
# come from the normal build in build/), then runs every target (or those named) for its
# share of HOURS, one per core at a time. The corpus of each grows in build-fuzz/corpus/TARGET
# (kept between campaigns), what crashes lands in build-fuzz/findings/TARGET, logs in
# build-fuzz/logs. At the end: executions, coverage (libFuzzer's cov and ft) and findings per
# target. A finding is fixed, then its input goes into tests/fuzz/regressions/TARGET, where
# CTest replays it on every build.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
hours=${1:?usage: tests/fuzz/run.sh HOURS [TARGET...]}
shift
targets=${*:-"object_reader pixel_pipeline sr_reader dicomweb identifier association"}
normal=${DICOMNET_BUILD_DIR:-$here/build}
fuzz=$here/build-fuzz
jobs=$(nproc)

# clang and libFuzzer (Debian's clang and libclang-rt-dev), when missing.
"$here/scripts/deps.sh"
if ! command -v clang++ >/dev/null || [ ! -f "$(clang++ -print-file-name=libclang_rt.fuzzer-x86_64.a)" ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y -qq clang libclang-rt-dev >/dev/null
fi
CC=clang CXX=clang++ cmake -S "$here" -B "$fuzz" -G Ninja -DDICOMNET_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$fuzz" -j"$jobs" >/dev/null
"$here/scripts/build.sh" >/dev/null
(cd "$normal" && ctest -R 'fetch_pydicom|fuzz_make_seeds' >/dev/null)

set -- $targets
count=$#
seconds=$(python3 -c "print(max(60, int($hours * 3600 * $jobs / $count)))")
mkdir -p "$fuzz/logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}
export DICOMNET_FUZZ_OBJECTS=$normal/fuzz-seeds/object_reader

run_one() {
  local t=$1
  mkdir -p "$fuzz/corpus/$t" "$fuzz/findings/$t"
  local regressions=$here/tests/fuzz/regressions/$t maxlen=262144
  [ -d "$regressions" ] || regressions=
  [ "$t" = association ] && maxlen=65536
  "$fuzz/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len="$maxlen" -timeout=30 \
    -rss_limit_mb=6144 -malloc_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$fuzz/findings/$t/" "$fuzz/corpus/$t" "$normal/fuzz-seeds/$t" \
    $regressions >"$fuzz/logs/$t.log" 2>&1 || true
}

echo "fuzzing $count targets for ${seconds} s each, $jobs at a time"
running=0
for t in $targets; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done
wait
# A target that crashed or timed out leaves its scratch folder (see fuzz_support.h) behind.
rm -rf /dev/shm/dicomnet-fuzz-*

printf '%-16s %14s %10s %8s %8s %9s\n' TARGET EXECUTIONS EXEC/S COV FT FINDINGS
for t in $targets; do
  log=$fuzz/logs/$t.log
  execs=$(grep -a 'stat::number_of_executed_units:' "$log" | awk '{print $2}' | tail -1)
  rate=$(grep -a 'stat::average_exec_per_sec:' "$log" | awk '{print $2}' | tail -1)
  cov=$(grep -ao 'cov: [0-9]*' "$log" | awk '{print $2}' | tail -1)
  ft=$(grep -ao 'ft: [0-9]*' "$log" | awk '{print $2}' | tail -1)
  found=$(find "$fuzz/findings/$t" -type f | wc -l)
  printf '%-16s %14s %10s %8s %8s %9s\n' "$t" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
    "$found"
done
