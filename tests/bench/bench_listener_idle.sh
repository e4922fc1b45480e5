#!/usr/bin/env bash
# C-ECHO round trip from a well-behaved caller while 100 idle TCP connections (sending nothing)
# are held open — from one host (127.0.0.2), and spread over seven (127.0.0.2–.8) — against
# `dicomnet listen` and, beside it in the same run, DCMTK's storescp (one association at a
# time); and with no idle connection, as the baseline. Medians of RUNS echoes each; an echo that
# does not answer within 10 s counts as 10 s. "kept" says how many of the 100 the listener
# still held open when the echoes began (dicomnet closes those past 16 per host, 64 in all).
# Usage: tests/bench/bench_listener_idle.sh BUILD_DIR [RUNS]
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
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

# Holds COUNT idle connections to PORT from HOSTS loopback addresses for the duration of the
# echoes; after a second writes how many the listener has not closed into $tmp/kept.
hold() {  # port count hosts
  /usr/bin/python3 - "$1" "$2" "$3" "$tmp/kept" >/dev/null 2>&1 <<'PY' &
import socket, sys, time
port, count, hosts, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
held = []
for i in range(count):
    s = socket.socket()
    s.bind(("127.0.0.%d" % (2 + i % hosts), 0))
    s.settimeout(0.05)  # a full backlog leaves the rest unanswered
    try:
        s.connect(("127.0.0.1", port))
        held.append(s)
    except OSError:
        pass
time.sleep(1)
kept = 0
for s in held:
    s.setblocking(False)
    try:
        kept += 1 if s.recv(1, socket.MSG_PEEK) else 0
    except BlockingIOError:
        kept += 1
    except OSError:
        pass
open(out, "w").write(str(kept))
time.sleep(600)
PY
  echo $!
}

measure() {  # name port idle-count hosts
  rm -f "$tmp/kept"
  local holder; holder=$(hold "$2" "$3" "$4")
  for _ in $(seq 100); do [ -s "$tmp/kept" ] && break; sleep 0.1; done
  local times=()
  for _ in $(seq "$runs"); do
    local t0 t1; t0=$(date +%s%N)
    timeout 10 echoscu -aec DICOMNET 127.0.0.1 "$2" >/dev/null 2>&1 || true
    t1=$(date +%s%N); times+=($(( (t1 - t0) / 1000000 )))
  done
  local kept; kept=$(cat "$tmp/kept" 2>/dev/null || echo "?")
  kill "$holder" 2>/dev/null || true
  sleep 0.5
  printf '%s\n' "${times[@]}" | sort -n | awk -v n="$1" -v i="$3" -v h="$4" -v k="$kept" '{a[NR]=$1} END {printf "%-16s %3d idle from %d host(s), kept %3s: median %5d ms (min %d, max %d) over %d echoes\n", n, i, h, k, a[int((NR+1)/2)], a[1], a[NR], NR}'
}
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
for name_port in "dicomnet listen:$p1" "storescp:$p2"; do
  name=${name_port%:*} p=${name_port##*:}
  measure "$name" "$p" 0 1
  measure "$name" "$p" 100 1
  measure "$name" "$p" 100 7
done
