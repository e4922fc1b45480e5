#!/usr/bin/env bash
# The cost of a password (scrypt N=2^15, r=8, p=1, 32 bytes): `dicomnet users passwd` (process
# start, index opened, hash, stored) beside `openssl kdf ... SCRYPT` with the same parameters
# (process start, hash), interleaved run by run; medians of RUNS. The difference is what
# dicomnet adds around the KDF; the KDF itself is the same OpenSSL code.
# Usage: tests/bench/bench_passwords.sh BUILD_DIR [RUNS]
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
build=${1:?build dir}
runs=${2:-15}
dicomnet=$build/app/dicomnet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'correct horse battery\n' >"$tmp/pw"
"$dicomnet" --data-dir "$tmp/data" users add bench --name "Bench^User" --role technician \
  --password-file "$tmp/pw" >/dev/null
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
for _ in $(seq "$runs"); do
  ms "$dicomnet" --data-dir "$tmp/data" users passwd bench --password-file "$tmp/pw" >>"$tmp/dicomnet"
  ms openssl kdf -keylen 32 -kdfopt pass:"correct horse battery" -kdfopt salt:0123456789abcdef \
    -kdfopt n:32768 -kdfopt r:8 -kdfopt p:1 SCRYPT >>"$tmp/openssl"
  ms "$dicomnet" --version >>"$tmp/version"
done
median() { sort -n "$1" | awk '{a[NR]=$1} END {printf "%d ms (min %d, max %d)", a[int((NR+1)/2)], a[1], a[NR]}'; }
echo "load: $(cut -d' ' -f1-3 /proc/loadavg); medians of $runs"
echo "dicomnet users passwd:     $(median "$tmp/dicomnet")"
echo "openssl kdf SCRYPT:        $(median "$tmp/openssl")"
echo "dicomnet --version (start): $(median "$tmp/version")"
