#!/usr/bin/env bash
# The sync engine's throughput against the issue's two yardsticks, in one run, alternating,
# RUNS runs each, medians of objects per second, a 400-slice 512×512 CT (about 210 MB):
#   1. `dicomnet send` over DICOM TLS to storescp, beside storescu over TLS to the same storescp
#      (the same certificates from one site CA)
#   2. `dicomnet send` by STOW-RS to Orthanc (its DICOMweb plugin), beside storescu's C-STORE
#      into the same Orthanc
# Each dicomnet send is a whole job: queued, sent object by object with its commit, and checked
# on the destination afterwards (storescp cannot be asked; Orthanc is, by QIDO-RS).
#   tests/bench/bench_sync.sh [BUILD_DIR=build] [RUNS=3] [WORK_DIR=/tmp/dicomnet-bench-sync]
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
# Orthanc listens on every interface: run in a network namespace with only loopback (root).
if [ -z "${DICOMNET_BENCH_ISOLATED:-}" ] && [ "$(id -u)" -eq 0 ]; then
  exec env DICOMNET_BENCH_ISOLATED=1 unshare -n sh -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
fi
build=$(cd "${1:-build}" && pwd)
runs=${2:-3}
work=${3:-/tmp/dicomnet-bench-sync}
dicomnet=$build/app/dicomnet
export TCP_NODELAY=1
rm -rf "$work"; mkdir -p "$work"
src=$work/ct400
"$build/tests/dicomnet_make_series" "$src" 400 512 512 >/dev/null
cat "$src"/* >/dev/null
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rate() { echo "400 / ($2 - $1)" | bc; }

d="$dicomnet --data-dir $work/sender"
$d import "$src" >/dev/null 2>&1
study=$($d ls studies --json | sed -n 's/.*"study_uid": "\(.*\)".*/\1/p')
$d certs init --org Bench --node sender >/dev/null
$d certs issue scp --out "$work/certs" >/dev/null
ca=$work/sender/certs/ca.pem
tls_su=(+tls "$work/sender/certs/node.key" "$work/sender/certs/node.pem" +cf "$ca")

tls_ours=() tls_peer=() stow=() cstore=()
for i in $(seq "$runs"); do
  # 1. TLS to storescp
  p=$(port); mkdir -p "$work/tls$i"
  storescp +tls "$work/certs/scp.key" "$work/certs/scp.pem" +cf "$ca" -aet SCP -od "$work/tls$i" "$p" >/dev/null 2>&1 & pid=$!
  for _ in $(seq 100); do echoscu "${tls_su[@]}" -aec SCP 127.0.0.1 "$p" >/dev/null 2>&1 && break; sleep 0.05; done
  $d peers remove scp >/dev/null 2>&1 || true
  $d peers add scp --aet SCP --host 127.0.0.1 --port "$p" --tls >/dev/null
  sync
  if ((i % 2)); then
    t0=$(now); $d send scp "$study" >/dev/null 2>&1; t1=$(now); tls_ours+=("$(rate "$t0" "$t1")")
    sync; t0=$(now); storescu "${tls_su[@]}" +sd -aec SCP 127.0.0.1 "$p" "$src" >/dev/null 2>&1; t1=$(now); tls_peer+=("$(rate "$t0" "$t1")")
  else
    t0=$(now); storescu "${tls_su[@]}" +sd -aec SCP 127.0.0.1 "$p" "$src" >/dev/null 2>&1; t1=$(now); tls_peer+=("$(rate "$t0" "$t1")")
    sync; t0=$(now); $d send scp "$study" >/dev/null 2>&1; t1=$(now); tls_ours+=("$(rate "$t0" "$t1")")
  fi
  kill $pid; wait $pid 2>/dev/null || true
  # 2. Orthanc: STOW-RS by dicomnet, C-STORE by storescu (each into a fresh Orthanc)
  for who in ours peer; do
    hp=$(port); dp=$(port)
    cat > "$work/orthanc-$who$i.json" <<JSON
{"Name": "bench", "StorageDirectory": "$work/orthanc-$who$i/storage", "IndexDirectory": "$work/orthanc-$who$i/index",
 "HttpPort": $hp, "DicomPort": $dp, "DicomAet": "ORTHANC", "RemoteAccessAllowed": false, "AuthenticationEnabled": false,
 "DicomCheckCalledAet": false, "DicomAlwaysAllowStore": true, "DicomAlwaysAllowEcho": true,
 "Plugins": ["/usr/share/orthanc/plugins/libOrthancDicomWeb.so"], "DicomWeb": {"Enable": true, "Root": "/dicom-web/"}}
JSON
    Orthanc "$work/orthanc-$who$i.json" >/dev/null 2>&1 & opid=$!
    for _ in $(seq 200); do echoscu -aec ORTHANC 127.0.0.1 "$dp" >/dev/null 2>&1 && break; sleep 0.05; done
    sync
    if [ "$who" = ours ]; then
      $d peers remove portal >/dev/null 2>&1 || true
      $d peers add portal --dicomweb "http://127.0.0.1:$hp/dicom-web" >/dev/null
      t0=$(now); $d send portal "$study" >/dev/null 2>&1; t1=$(now); stow+=("$(rate "$t0" "$t1")")
    else
      t0=$(now); storescu +sd -aec ORTHANC 127.0.0.1 "$dp" "$src" >/dev/null 2>&1; t1=$(now); cstore+=("$(rate "$t0" "$t1")")
    fi
    kill $opid; wait $opid 2>/dev/null || true
  done
done
echo "400 × 512×512 CT, $runs runs each, objects/s (median; runs)"
echo "dicomnet send, DICOM TLS → storescp: $(median "${tls_ours[@]}")  (${tls_ours[*]})"
echo "storescu, DICOM TLS → storescp:      $(median "${tls_peer[@]}")  (${tls_peer[*]})"
echo "  ratio: $(echo "scale=2; $(median "${tls_ours[@]}") / $(median "${tls_peer[@]}")" | bc)"
echo "dicomnet send, STOW-RS → Orthanc:    $(median "${stow[@]}")  (${stow[*]})"
echo "storescu, C-STORE → Orthanc:         $(median "${cstore[@]}")  (${cstore[*]})"
echo "  ratio: $(echo "scale=2; $(median "${stow[@]}") / $(median "${cstore[@]}")" | bc)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
