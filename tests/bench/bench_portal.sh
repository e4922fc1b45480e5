#!/usr/bin/env bash
# The department portal's ingest, set up as a site sets it up (dicomnet portal init, portal.sh:
# PostgreSQL, Orthanc, nginx), from 1, 2 and 4 workstations at once, each sending its own
# SERIES-object 512×512 CT series; objects per second over all of them (all objects / wall time),
# medians of RUNS runs, the three ways alternating:
#   stow     dicomnet send dept        (STOW-RS over nginx's HTTPS, each object acknowledged,
#                                       the study checked by QIDO-RS after)
#   cstore   dicomnet send dept-dicom  (C-STORE over DICOM TLS, checked by C-FIND after)
#   storescu storescu over DICOM TLS with the same certificates and AE titles: the portal's own
#            ceiling for C-STORE, no job, no check
# Between runs the portal forgets the studies (Orthanc's REST API on loopback). Beside them: the
# cost of one fdatasync in the portal's folder (what PostgreSQL's commits cost here).
#   tests/bench/bench_portal.sh [BUILD_DIR=build] [RUNS=3] [SERIES=100] [WORK_DIR=/tmp/dicomnet-bench-portal]
# Needs root: PostgreSQL and Orthanc run as Debian's postgres and orthanc accounts, all in a
# network namespace with only loopback.
set -euo pipefail
export DICOMNET_SINGLE_USER=1
if [ "$(id -u)" -ne 0 ]; then echo "bench_portal: run as root" >&2; exit 2; fi
if [ -z "${DICOMNET_BENCH_ISOLATED:-}" ]; then
  exec env DICOMNET_BENCH_ISOLATED=1 unshare -n sh -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
fi
build=$(cd "${1:-build}" && pwd)
runs=${2:-3}
series=${3:-100}
work=${4:-/tmp/dicomnet-bench-portal}
dicomnet=$build/app/dicomnet
export TCP_NODELAY=1
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

if [ -x "$work/portal/portal.sh" ]; then "$work/portal/portal.sh" stop >/dev/null 2>&1 || true; fi
rm -rf "$work"; mkdir -p "$work"; chmod 0755 "$work"
dicom_port=$(port) https_port=$(port) http_port=$(port) pg_port=$(port)
admin="$dicomnet --data-dir $work/admin"
$admin certs init --org Bench >/dev/null
$admin portal init "$work/portal" --host localhost --dicom-port "$dicom_port" \
  --https-port "$https_port" --http-port "$http_port" --postgres-port "$pg_port" \
  --workstation w1=WS1 --workstation w2=WS2 --workstation w3=WS3 --workstation w4=WS4 >/dev/null
"$work/portal/portal.sh" start >/dev/null
trap '"$work/portal/portal.sh" stop >/dev/null 2>&1 || true' EXIT
for w in 1 2 3 4; do
  "$build/tests/dicomnet_make_series" "$work/src$w" "$series" 512 512 "BENCH$w" >/dev/null
  d="$dicomnet --data-dir $work/w$w"
  $d import "$work/src$w" >/dev/null 2>&1
  $d portal join "$work/portal/join/w$w" >/dev/null
  cat "$work/src$w"/* >/dev/null
done
study() { $dicomnet --data-dir "$work/w$1" ls studies --json | sed -n 's/.*"study_uid": "\(.*\)".*/\1/p'; }
password=$(cat "$work/portal/join/w1/portal.password")
rest="http://127.0.0.1:$http_port"
forget() {  # the portal forgets every study
  for id in $(curl -s -u "w1:$password" "$rest/studies" | tr -d '[]", ' | tr '\n' ' '); do
    curl -s -o /dev/null -u "w1:$password" -X DELETE "$rest/studies/$id"
  done
}
one() {  # one WAY from workstation W
  local way=$1 w=$2 d="$dicomnet --data-dir $work/w$2"
  case $way in
  stow) $d send dept "$(study "$w")" --again >/dev/null 2>&1 ;;
  cstore) $d send dept-dicom "$(study "$w")" --again >/dev/null 2>&1 ;;
  storescu)
    local j=$work/portal/join/w$w
    storescu +tls "$j/node.key" "$j/node.pem" +cf "$j/ca.pem" +sd -aet "WS$w" -aec DEPT \
      localhost "$dicom_port" "$work/src$w" >/dev/null 2>&1 ;;
  esac
}
measure() {  # WAY N: objects/s of N workstations at once
  local way=$1 n=$2 pids=() t0 t1
  forget; sync
  t0=$(now)
  for w in $(seq "$n"); do one "$way" "$w" & pids+=($!); done
  local failed=0
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  t1=$(now)
  [ "$failed" = 0 ] || echo "bench_portal: a $way from $n workstation(s) failed" >&2
  local held
  held=$(curl -s -u "w1:$password" "$rest/statistics" | sed -n 's/.*"CountInstances" : \([0-9]*\).*/\1/p')
  [ "$held" = $((n * series)) ] || echo "bench_portal: $way × $n: the portal holds $held of $((n * series))" >&2
  echo "$n * $series / ($t1 - $t0)" | bc
}
fsync_ms=$(python3 - "$work/portal" <<'PY'
import os, sys, time
path = os.path.join(sys.argv[1], "fsync-probe")
fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
times = []
for i in range(50):
    os.write(fd, b"x" * 4096)
    t = time.perf_counter(); os.fdatasync(fd); times.append(time.perf_counter() - t)
os.close(fd); os.unlink(path)
times.sort(); print("%.2f" % (times[len(times) // 2] * 1000))
PY
)
declare -A results
for r in $(seq "$runs"); do
  for n in 1 2 4; do
    ways=(stow cstore storescu)
    ((r % 2)) || ways=(storescu cstore stow)
    for way in "${ways[@]}"; do results[$way$n]+="$(measure "$way" "$n") "; done
  done
done
echo "portal: Orthanc $(dpkg-query -W -f='${Version}' orthanc) on PostgreSQL $(dpkg-query -W -f='${Version}' postgresql), nginx in front"
echo "$series × 512×512 CT per workstation, $runs runs, objects/s over all workstations (median; runs)"
echo "one fdatasync in the portal's folder: $fsync_ms ms (median of 50)"
for n in 1 2 4; do
  for way in stow cstore storescu; do
    # shellcheck disable=SC2086
    printf '%-9s from %d: %6s  (%s)\n' "$way" "$n" "$(median ${results[$way$n]})" "${results[$way$n]% }"
  done
done

# QIDO-RS study search with STUDIES studies in the index (default 100,000): seeded through
# Orthanc (C-STORE of one 8×8 object per study, four storescu at once), not by sending films.
studies=${STUDIES:-100000}
forget
"$build/tests/dicomnet_make_series" "$work/seed" "$studies" 8 8 SEED --studies >/dev/null
t0=$(now)
pids=()
find "$work/seed" -name "CT*.dcm" >"$work/seed.list"  # one list, dealt out in four
for w in 1 2 3 4; do
  j=$work/portal/join/w$w
  mkdir -p "$work/seed$w"
  awk -v w="$w" 'NR % 4 == w - 1' "$work/seed.list" | xargs -r mv -t "$work/seed$w"
  storescu +tls "$j/node.key" "$j/node.pem" +cf "$j/ca.pem" +sd -aet "WS$w" -aec DEPT \
    localhost "$dicom_port" "$work/seed$w" >/dev/null 2>&1 &
  pids+=($!)
done
for p in "${pids[@]}"; do wait "$p" || echo "bench_portal: a seeding storescu failed" >&2; done
t1=$(now)
held=$(curl -s -u "w1:$password" "$rest/statistics" | sed -n 's/.*"CountStudies" : \([0-9]*\).*/\1/p')
echo "seeded $held studies in $(echo "$t1 - $t0" | bc) s ($(echo "$held / ($t1 - $t0)" | bc) objects/s)"
ca=$work/portal/join/w1/ca.pem
https="https://localhost:$https_port/dicom-web"
direct="$rest/dicom-web"
qido() {  # BASE QUERY: median ms of 15
  local t=()
  for _ in $(seq 15); do
    t+=("$(curl -s -o /dev/null --cacert "$ca" -u "w1:$password" -w '%{time_total}' "$1/studies?$2" |
      awk '{printf "%.1f", $1 * 1000}')")
  done
  median "${t[@]}"
}
find_ms() {  # dicomnet find dept ARGS...: median ms of 5, the whole command
  local t=() t0 t1
  for _ in $(seq 5); do
    t0=$(now); $dicomnet --data-dir "$work/w1" find dept "$@" --json >/dev/null; t1=$(now)
    t+=("$(echo "($t1 - $t0) * 1000" | bc | cut -d. -f1)")
  done
  median "${t[@]}"
}
echo "QIDO-RS study search, $held studies, ms (median of 15): through nginx HTTPS | Orthanc direct (HTTP, loopback)"
for q in "PatientID=SEED4242" "StudyDate=20230101-20230131&limit=100" "ModalitiesInStudy=CT&limit=100" \
  "PatientName=*&limit=100"; do
  printf '  %-42s %8s | %8s\n' "$q" "$(qido "$https" "$q")" "$(qido "$direct" "$q")"
done
echo "dicomnet find dept --patient-id SEED4242 (the whole command, median of 5): $(find_ms --patient-id SEED4242) ms"
echo "dicomnet --version (process start, median of 5): $(t=(); for _ in 1 2 3 4 5; do t0=$(now); $dicomnet --version >/dev/null; t1=$(now); t+=("$(echo "($t1 - $t0) * 1000" | bc | cut -d. -f1)"); done; median "${t[@]}") ms"
