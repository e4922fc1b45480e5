#!/usr/bin/env bash
# C-ECHO round trip from a well-behaved caller while 100 idle TCP connections (from 127.0.0.2,
# sending nothing) are held open, against `dicomnet listen` and, beside it in the same run,
# DCMTK's storescp (one association at a time). Medians of RUNS echoes each; an echo that does
# not answer within 10 s counts as 10 s.
# Usage: tests/bench/bench_listener_idle.sh BUILD_DIR [RUNS]
set -euo pipefail
build=${1:?build dir}
runs=${2:-7}
dicomnet="$build/app/dicomnet"
tmp=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$tmp"' EXIT
port() { /usr/bin/python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

p1=$(port); "$dicomnet" --data-dir "$tmp/d" listen --port "$p1" >/dev/null 2>&1 & pids+=($!)
mkdir -p "$tmp/scp"; p2=$(port); storescp -od "$tmp/scp" "$p2" >/dev/null 2>&1 & pids+=($!)
sleep 1

# Holds 100 idle connections to the given port for the duration of the echoes.
hold() {
  /usr/bin/python3 - "$1" >/dev/null 2>&1 <<'PY' &
import socket, sys, time
held = []
for i in range(100):
    s = socket.socket()
    s.bind(("127.0.0.2", 0))
    try:
        s.connect(("127.0.0.1", int(sys.argv[1])))
    except OSError:
        pass
    held.append(s)
time.sleep(600)
PY
  echo $!
}

measure() {  # name port
  local holder; holder=$(hold "$2"); sleep 1
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1; t0=$(date +%s%N)
    timeout 10 echoscu -aec DICOMNET 127.0.0.1 "$2" >/dev/null 2>&1 || true
    t1=$(date +%s%N); times+=($(( (t1 - t0) / 1000000 )))
  done
  kill "$holder" 2>/dev/null || true
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$1" '{a[NR]=$1} END {printf "%-18s median %5d ms  (min %d, max %d) over %d echoes\n", n, a[int((NR+1)/2)], a[1], a[NR], NR}'
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "dicomnet listen" "$p1"
measure "storescp" "$p2"
