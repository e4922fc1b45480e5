#!/usr/bin/env bash
# Network throughput against peers, in one run: a 400-slice 512×512 CT (about 210 MB) sent by
# DCMTK's storescu to `dicomnet listen` (every object durable before its acknowledgement) and to
# DCMTK's storescp (which only writes files); and `dicomnet send` to storescp versus storescu to
# storescp. TCP_NODELAY=1 for DCMTK's tools. Alternating order, RUNS runs, medians, ratios.
# Also four storescu at once (100 slices each) into `dicomnet listen` and into storescp, and the
# machine's floor for one association: receiving an object (storescp) plus one flush of it.
# Nothing is deleted between timed runs (this disk is mounted with `discard`).
#   tests/bench/bench_network.sh [BUILD_DIR=build] [RUNS=5] [WORK_DIR=/tmp/dicomnet-bench-net]
#   QUICK=1: only the listener's cases (one and four senders), not send, TLS and Orthanc.
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
# Orthanc listens on every interface: run the whole benchmark in a network namespace with only
# the loopback interface (needs root).
if [ -z "${DICOMNET_BENCH_ISOLATED:-}" ] && [ "$(id -u)" -eq 0 ]; then
  exec env DICOMNET_BENCH_ISOLATED=1 unshare -n sh -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
fi
build=$(cd "${1:-build}" && pwd)
runs=${2:-5}
work=${3:-/tmp/dicomnet-bench-net}
dicomnet=$build/app/dicomnet
export TCP_NODELAY=1
rm -rf "$work"; mkdir -p "$work"
src=$work/ct400
"$build/tests/dicomnet_make_series" "$src" 400 512 512
cat "$src"/* >/dev/null
# The same slices in four folders of 100, for four senders at once.
for q in 0 1 2 3; do
  mkdir -p "$work/quarter$q"
  ls "$src" | awk -v q=$q 'NR % 4 == q' | while read -r f; do ln "$src/$f" "$work/quarter$q/$f"; done
done
# One 525 KB write + fdatasync, the flush an acknowledged object costs at least.
flush_ms() {
  python3 - "$1" <<'PY'
import os, sys, time
path = os.path.join(sys.argv[1], "flush.probe"); data = os.urandom(525 * 1024); t = []
for i in range(21):
    t0 = time.perf_counter(); fd = os.open(path + str(i), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, data); os.fdatasync(fd); os.close(fd); t.append(time.perf_counter() - t0)
print("%.2f" % (sorted(t)[10] * 1000))
PY
}
four() {  # four storescu at once to port $1, AE $2: objects/s
  local t0 t1
  t0=$(now)
  for q in 0 1 2 3; do storescu +sd -aec "$2" 127.0.0.1 "$1" "$work/quarter$q" >/dev/null 2>&1 & done
  wait  # in the $(...) subshell: only these four
  t1=$(now)
  echo "400 / ($t1 - $t0)" | bc
}

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
wait_port() { for _ in $(seq 100); do echoscu -aec "$2" 127.0.0.1 "$1" >/dev/null 2>&1 && return 0; sleep 0.05; done; return 1; }

# The sender's cache, for `dicomnet send`.
"$dicomnet" --data-dir "$work/sender" import "$src" >/dev/null 2>&1
study=$("$dicomnet" --data-dir "$work/sender" ls studies --json | sed -n 's/.*"study_uid": "\(.*\)".*/\1/p')

# TLS: one site CA; certificates for the listener (node), storescp and storescu.
"$dicomnet" --data-dir "$work/tlslisten" certs init --org Bench --node listener >/dev/null
"$dicomnet" --data-dir "$work/tlslisten" certs issue sender --out "$work/certs" >/dev/null
"$dicomnet" --data-dir "$work/tlslisten" certs issue scp --out "$work/certs" >/dev/null
ca=$work/tlslisten/certs/ca.pem
tls_sender=(+tls "$work/certs/sender.key" "$work/certs/sender.pem" +cf "$ca")

listen=() scp=() send=() storescu=() tlslisten=() tlsscp=() orthanc=() listen4=() scp4=() flush=()
for i in $(seq "$runs"); do
  flush+=("$(flush_ms "$work")")
  # four storescu at once → dicomnet listen, → storescp
  p=$(port); "$dicomnet" --data-dir "$work/listen4-$i" listen --port "$p" >/dev/null 2>&1 & pid=$!
  wait_port "$p" DICOMNET; sync
  listen4+=("$(four "$p" DICOMNET)")
  kill -INT $pid; wait $pid || true
  n=$("$dicomnet" --data-dir "$work/listen4-$i" ls studies --json | grep -c '"instance_count": 400' || true)
  [ "$n" = 1 ] || { echo "run $i: four senders into dicomnet listen did not store 400 instances" >&2; exit 1; }
  p=$(port); mkdir -p "$work/scp4-$i"; storescp -aet SCP -od "$work/scp4-$i" "$p" >/dev/null 2>&1 & pid=$!
  wait_port "$p" SCP; sync
  scp4+=("$(four "$p" SCP)")
  kill $pid; wait $pid 2>/dev/null || true
  # storescu → dicomnet listen
  p=$(port); "$dicomnet" --data-dir "$work/listen$i" listen --port "$p" >/dev/null 2>&1 & pid=$!
  wait_port "$p" DICOMNET; sync
  t0=$(now); storescu +sd -aec DICOMNET 127.0.0.1 "$p" "$src" >/dev/null 2>&1; t1=$(now)
  kill -INT $pid; wait $pid || true
  listen+=("$(echo "400 / ($t1 - $t0)" | bc)")
  # storescu → storescp
  p=$(port); mkdir -p "$work/scp$i"; storescp -aet SCP -od "$work/scp$i" "$p" >/dev/null 2>&1 & pid=$!
  wait_port "$p" SCP; sync
  t0=$(now); storescu +sd -aec SCP 127.0.0.1 "$p" "$src" >/dev/null 2>&1; t1=$(now)
  scp+=("$(echo "400 / ($t1 - $t0)" | bc)")
  if [ -n "${QUICK:-}" ]; then kill $pid; wait $pid 2>/dev/null || true; continue; fi
  # dicomnet send → storescp, storescu → storescp (same storescp, new folders)
  "$dicomnet" --data-dir "$work/sender" peers remove scp >/dev/null 2>&1 || true
  "$dicomnet" --data-dir "$work/sender" peers add scp --aet SCP --host 127.0.0.1 --port "$p" >/dev/null
  sync
  t0=$(now); "$dicomnet" --data-dir "$work/sender" send scp "$study" >/dev/null 2>&1; t1=$(now)
  send+=("$(echo "400 / ($t1 - $t0)" | bc)")
  sync
  t0=$(now); storescu +sd -aec SCP 127.0.0.1 "$p" "$src" >/dev/null 2>&1; t1=$(now)
  storescu+=("$(echo "400 / ($t1 - $t0)" | bc)")
  kill $pid; wait $pid 2>/dev/null || true
  # the same over TLS
  p=$(port)
  "$dicomnet" --data-dir "$work/tlslisten$i" listen --port "$p" --tls --tls-ca "$ca" \
    --tls-cert "$work/tlslisten/certs/node.pem" --tls-key "$work/tlslisten/certs/node.key" >/dev/null 2>&1 & pid=$!
  for _ in $(seq 100); do echoscu "${tls_sender[@]}" -aec DICOMNET 127.0.0.1 "$p" >/dev/null 2>&1 && break; sleep 0.05; done; sync
  t0=$(now); storescu "${tls_sender[@]}" +sd -aec DICOMNET 127.0.0.1 "$p" "$src" >/dev/null 2>&1; t1=$(now)
  kill -INT $pid; wait $pid || true
  tlslisten+=("$(echo "400 / ($t1 - $t0)" | bc)")
  p=$(port); mkdir -p "$work/tlsscp$i"
  storescp +tls "$work/certs/scp.key" "$work/certs/scp.pem" +cf "$ca" -aet SCP -od "$work/tlsscp$i" "$p" >/dev/null 2>&1 & pid=$!
  for _ in $(seq 100); do echoscu "${tls_sender[@]}" -aec SCP 127.0.0.1 "$p" >/dev/null 2>&1 && break; sleep 0.05; done; sync
  t0=$(now); storescu "${tls_sender[@]}" +sd -aec SCP 127.0.0.1 "$p" "$src" >/dev/null 2>&1; t1=$(now)
  kill $pid; wait $pid 2>/dev/null || true
  tlsscp+=("$(echo "400 / ($t1 - $t0)" | bc)")
  # storescu → Orthanc (Debian's package, its own configuration, storage here)
  p=$(port)
  cat > "$work/orthanc$i.json" <<JSON
{"Name": "bench", "StorageDirectory": "$work/orthanc$i/storage", "IndexDirectory": "$work/orthanc$i/index",
 "DicomAet": "ORTHANC", "DicomPort": $p, "HttpServerEnabled": false, "RemoteAccessAllowed": false,
 "DicomCheckCalledAet": false, "DicomAlwaysAllowStore": true, "DicomAlwaysAllowEcho": true, "Plugins": []}
JSON
  Orthanc "$work/orthanc$i.json" >/dev/null 2>&1 & pid=$!
  wait_port "$p" ORTHANC; sync
  t0=$(now); storescu +sd -aec ORTHANC 127.0.0.1 "$p" "$src" >/dev/null 2>&1; t1=$(now)
  kill $pid; wait $pid 2>/dev/null || true
  orthanc+=("$(echo "400 / ($t1 - $t0)" | bc)")
  n=$("$dicomnet" --data-dir "$work/listen$i" ls studies --json | grep -c '"instance_count": 400' || true)
  [ "$n" = 1 ] || { echo "run $i: dicomnet listen did not store 400 instances" >&2; exit 1; }
  n=$("$dicomnet" --data-dir "$work/tlslisten$i" ls studies --json | grep -c '"instance_count": 400' || true)
  [ "$n" = 1 ] || { echo "run $i: dicomnet listen --tls did not store 400 instances" >&2; exit 1; }
done
ml=$(median "${listen[@]}"); ms=$(median "${scp[@]}")
mf=$(median "${flush[@]}"); ml4=$(median "${listen4[@]}"); ms4=$(median "${scp4[@]}")
echo "400 × 512×512 CT, $runs runs each, objects/s (median; runs)"
echo "storescu → dicomnet listen (durable): $ml  (${listen[*]})"
echo "storescu → storescp (files only):     $ms  (${scp[*]})"
echo "  ratio listen / storescp: $(echo "scale=2; $ml / $ms" | bc)"
echo "  this machine's 525 KB write + fdatasync: $mf ms (${flush[*]}); one association's floor,"
echo "  receiving an object (storescp) + one flush: $(echo "scale=1; 1000 / (1000 / $ms + $mf)" | bc) objects/s"
echo "4 × storescu at once → dicomnet listen: $ml4  (${listen4[*]})"
echo "4 × storescu at once → storescp:        $ms4  (${scp4[*]})"
echo "  ratio listen / storescp, four senders: $(echo "scale=2; $ml4 / $ms4" | bc)"
[ -n "${QUICK:-}" ] && { rm -rf "$work"; exit 0; }
md=$(median "${send[@]}"); mu=$(median "${storescu[@]}")
mo=$(median "${orthanc[@]}")
echo "storescu → Orthanc:                   $mo  (${orthanc[*]})"
echo "  ratio listen / Orthanc: $(echo "scale=2; $ml / $mo" | bc)"
echo "dicomnet send → storescp:             $md  (${send[*]})"
echo "storescu → storescp:                  $mu  (${storescu[*]})"
echo "  ratio send / storescu: $(echo "scale=2; $md / $mu" | bc)"
mtl=$(median "${tlslisten[@]}"); mts=$(median "${tlsscp[@]}")
echo "TLS storescu → dicomnet listen:       $mtl  (${tlslisten[*]})"
echo "TLS storescu → storescp:              $mts  (${tlsscp[*]})"
echo "  ratio TLS listen / TLS storescp: $(echo "scale=2; $mtl / $mts" | bc)"
rm -rf "$work"
