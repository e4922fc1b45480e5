#!/usr/bin/env bash
# Consultations, each step beside DCMTK doing the same to the same file, alternating, RUNS
# runs each, medians in milliseconds (whole processes, as a user runs them):
#   sign    `dicomnet consult sign` (draft → final, SR verification profile, SHA-256, into
#           the cache) beside `dcmsign --sign` of the same draft with the same key (SR
#           profile, SHA-256: its verification variant refuses a draft)
#   verify  `dicomnet consult verify` beside `dcmsign --verify` with the same CA
#   render  `dicomnet consult export --pdf` (a page with one key image) beside `dsr2html`
#           (DCMTK's SR to HTML, no images)
#   write   `dicomnet consult new` (a draft with the Brixia score and a key image, into the
#           cache) beside `dsrdump` reading it back (a floor: one DCMTK process on one SR)
#   start   `dicomnet --help` beside `dcmsign --help`: what starting the process costs
#   tests/bench/bench_consult.sh [BUILD_DIR=build] [RUNS=15] [WORK_DIR=/tmp/dicomnet-bench-consult]
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
build=$(cd "${1:-build}" && pwd)
runs=${2:-15}
work=${3:-/tmp/dicomnet-bench-consult}
dicomnet=$build/app/dicomnet
rm -rf "$work" && mkdir -p "$work"
data=$work/data
pass=parola-de-semnare
"$dicomnet" --data-dir "$data" demo >/dev/null 2>&1
"$dicomnet" --data-dir "$data" certs init --org "Spitalul Clinic" >/dev/null
echo "$pass" | "$dicomnet" --data-dir "$data" certs person "Ana Rusu" --out "$work/me" >/dev/null
study=$("$dicomnet" --data-dir "$data" ls studies --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["study_uid"])')
series=$("$dicomnet" --data-dir "$data" ls series "$study" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["series_uid"])')
image=$("$dicomnet" --data-dir "$data" ls instances "$series" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["sop_instance_uid"])')
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
fileof() { "$dicomnet" --data-dir "$data" consult list --json | python3 -c "import json,sys; print([d['file_path'] for d in json.load(sys.stdin) if d['sop_instance_uid']=='$1'][0])"; }
declare -A t
for ((i = 0; i < runs; i++)); do
  s=$(date +%s%N)
  draft=$("$dicomnet" --data-dir "$data" consult new "$study" --template chest-xray-covid \
    --text "Opacități în câmpul drept." --field brixia.A=1 --field brixia.B=2 --field brixia.C=2 \
    --field brixia.D=0 --field brixia.E=0 --field brixia.F=0 --author "Ana Rusu" --key-image "$image")
  e=$(date +%s%N); t[write_ours]+="$(((e - s) / 1000000)) "
  dfile=$(fileof "$draft")
  t[write_peer]+="$(ms dsrdump "$dfile") "
  # Sign: DCMTK first, then dicomnet (alternating order would leave the draft signed twice).
  t[sign_peer]+="$(ms dcmsign --sign "$work/me/ana-rusu.key" "$work/me/ana-rusu.pem" +pw "$pass" +m2 +pr "$dfile" "$work/peer-signed.dcm") "
  s=$(date +%s%N)
  final=$(echo "$pass" | "$dicomnet" --data-dir "$data" consult sign "$draft" --cert "$work/me/ana-rusu.pem" --key "$work/me/ana-rusu.key")
  e=$(date +%s%N); t[sign_ours]+="$(((e - s) / 1000000)) "
  ffile=$(fileof "$final")
  if ((i % 2)); then
    t[verify_ours]+="$(ms "$dicomnet" --data-dir "$data" consult verify "$final") "
    t[verify_peer]+="$(ms dcmsign --verify "$ffile" --add-cert-file "$data/certs/ca.pem") "
  else
    t[verify_peer]+="$(ms dcmsign --verify "$ffile" --add-cert-file "$data/certs/ca.pem") "
    t[verify_ours]+="$(ms "$dicomnet" --data-dir "$data" consult verify "$final") "
  fi
  t[render_ours]+="$(ms "$dicomnet" --data-dir "$data" consult export "$final" --pdf "$work/c.pdf") "
  t[render_peer]+="$(ms dsr2html "$ffile" "$work/c.html") "
  # The floor: a process that starts and does nothing.
  t[start_ours]+="$(ms "$dicomnet" --help) "
  t[start_peer]+="$(ms dcmsign --help) "
done
printf '%-8s %10s %10s %7s\n' step dicomnet DCMTK ratio
for step in start write sign verify render; do
  o=$(echo ${t[${step}_ours]} | tr ' ' '\n' | median)
  p=$(echo ${t[${step}_peer]} | tr ' ' '\n' | median)
  printf '%-8s %8s ms %8s ms %7.2f\n' "$step" "$o" "$p" "$(echo "$o / $p" | bc -l)"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); runs: $runs"
