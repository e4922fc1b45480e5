#!/usr/bin/env bash
# The learning module's figures, in one run:
#   1. dicomnet_bench_learning: a 2000×2400 film's descriptor, a 400-slice CT's, a similar-case
#      query over 100,000 stored descriptors and loading them from the index, each beside the
#      machine's floor measured in the same run (decoding, reading, one pass over the bytes),
#      and the film's descriptor with a site model (ONNX) beside it without;
#   2. the listener's throughput with background descriptors on and off: the same 400-slice
#      512×512 chest CT (a series whose descriptor is computed once it has settled) and 40
#      chest films (40 series) sent by storescu in two associations, alternating on/off, RUNS
#      runs each, medians; and how long after the last acknowledgement every descriptor was in.
#   tests/bench/bench_learning.sh [BUILD_DIR=build] [RUNS=5] [WORK_DIR=/tmp/dicomnet-bench-learning]
set -euo pipefail
export DICOMNET_SINGLE_USER=1
if [ -z "${DICOMNET_BENCH_ISOLATED:-}" ] && [ "$(id -u)" -eq 0 ]; then
  exec env DICOMNET_BENCH_ISOLATED=1 unshare -n sh -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
fi
build=$(cd "${1:-build}" && pwd)
runs=${2:-5}
work=${3:-/tmp/dicomnet-bench-learning}
dicomnet=$build/app/dicomnet
export TCP_NODELAY=1
mkdir -p "$work"
# The site-model figure runs libonnx-testdata's 2×2 average pooling (fetched like the tests do).
onnx_root=$build/testdata/onnx
pool=usr/share/libonnx-testdata/data/pytorch-converted/test_AvgPool2d/model.onnx
"$(dirname "$0")/../support/fetch_deb.sh" libonnx-testdata "$onnx_root" "$pool"
export DICOMNET_BENCH_ONNX=$onnx_root/$pool
[ -n "${SKIP_SPEED:-}" ] || "$build/tests/bench/dicomnet_bench_learning" "$work" 7

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wait_port() { for _ in $(seq 100); do echoscu -aec DICOMNET 127.0.0.1 "$1" >/dev/null 2>&1 && return 0; sleep 0.05; done; return 1; }

films=$work/films
if [ ! -d "$films" ]; then
  # 40 cohort films written by the test support's generator, through the descriptor test data.
  "$build/tests/bench/dicomnet_bench_learning" --films "$films" 40
fi
cat "$work"/ct/* "$films"/* >/dev/null

on=(); off=(); settle=()
for i in $(seq "$runs"); do
  for mode in on off; do
    data=$work/data-$mode-$i; rm -rf "$data"
    "$dicomnet" --data-dir "$data" features background "$mode" >/dev/null
    p=$(port)
    "$dicomnet" --data-dir "$data" listen --port "$p" >"$work/listen.log" 2>&1 &
    pid=$!
    wait_port "$p"
    t0=$(now)
    storescu -aec DICOMNET 127.0.0.1 "$p" "$work"/ct/*.dcm
    storescu -aec DICOMNET 127.0.0.1 "$p" "$films"/*.dcm
    t1=$(now)
    if [ "$mode" = on ]; then
      until "$dicomnet" --data-dir "$data" features status --json | grep -q '"to_compute": 0'; do sleep 0.2; done
      settle+=("$(echo "$(now) - $t1" | bc)")
      on+=("$(echo "$t1 - $t0" | bc)")
    else
      off+=("$(echo "$t1 - $t0" | bc)")
    fi
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -rf "$data"
  done
done
mon=$(median "${on[@]}"); moff=$(median "${off[@]}")
echo "listener, 400 CT slices + 40 films: descriptors on ${mon} s | off ${moff} s (medians of $runs); ratio off/on $(echo "scale=3; $moff / $mon" | bc)"
echo "every descriptor stored $(median "${settle[@]}") s after the last acknowledgement (3 s of it the wait for the series to settle)"
