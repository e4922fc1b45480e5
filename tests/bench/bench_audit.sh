#!/usr/bin/env bash
# What the audit trail costs on the hot paths, in one run: import and reception (storescu into
# `dicomnet listen`) of a 200-slice 512×512 CT, by a build without reception/import auditing
# (BEFORE) and one with it (AFTER), alternating, RUNS times each; medians and the ratio
# AFTER/BEFORE of throughput (goal ≥ 0.95). Beside them, the machine's own limits in the same run:
# `cp -r` + sync of the files, storescp (DCMTK) receiving them, and one 4 KiB O_DSYNC write.
#   tests/bench/bench_audit.sh BEFORE_BUILD AFTER_BUILD [RUNS=5] [WORK_DIR=/tmp/dicomnet-bench-audit]
set -euo pipefail
export DICOMNET_SINGLE_USER=1  # fresh data directories: single-user, no sign-in
before=$(cd "$1" && pwd)/app/dicomnet
after=$(cd "$2" && pwd)/app/dicomnet
runs=${3:-5}
work=${4:-/tmp/dicomnet-bench-audit}
make_series=$(cd "$2" && pwd)/tests/dicomnet_make_series
src=$work/ct200
mkdir -p "$work"
[ -f "$src/CT000200.dcm" ] || "$make_series" "$src" 200 512 512
mb=$(echo "scale=1; $(du -sb "$src" | cut -f1) / 1048576" | bc)
cat "$src"/* >/dev/null
now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
port=$((20000 + RANDOM % 20000))

listen_and_send() {  # BINARY DATA_DIR → seconds of storescu
  "$1" --data-dir "$2" listen --port "$port" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 100); do echoscu -aec DICOMNET 127.0.0.1 "$port" 2>/dev/null && break; sleep 0.1; done
  local t0 t1; t0=$(now)
  storescu +sd -aec DICOMNET 127.0.0.1 "$port" "$src"
  t1=$(now)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$t1 - $t0" | bc
}

declare -A t
for i in $(seq "$runs"); do
  order="before after"; [ $((i % 2)) = 0 ] && order="after before"
  for side in $order; do
    bin=$before; [ "$side" = after ] && bin=$after
    sync
    t0=$(now); "$bin" --data-dir "$work/import-$side-$i" import "$src" >/dev/null 2>&1; t1=$(now)
    t[import-$side]+=" $(echo "$t1 - $t0" | bc)"
    sync
    t[listen-$side]+=" $(listen_and_send "$bin" "$work/listen-$side-$i")"
  done
  sync
  t0=$(now); cp -r "$src" "$work/copy-$i"; sync; t1=$(now)
  t[copy]+=" $(echo "$t1 - $t0" | bc)"
  mkdir -p "$work/storescp-$i"
  storescp -od "$work/storescp-$i" -aet DICOMNET "$port" >/dev/null 2>&1 &
  scp=$!
  for _ in $(seq 100); do echoscu -aec DICOMNET 127.0.0.1 "$port" 2>/dev/null && break; sleep 0.1; done
  t0=$(now); storescu +sd -aec DICOMNET 127.0.0.1 "$port" "$src"; sync; t1=$(now)
  kill "$scp"; wait "$scp" 2>/dev/null || true
  t[storescp]+=" $(echo "$t1 - $t0" | bc)"
done
t0=$(now); dd if=/dev/zero of="$work/dsync" bs=4k count=100 oflag=dsync 2>/dev/null; t1=$(now)
flush_ms=$(echo "scale=2; ($t1 - $t0) * 1000 / 100" | bc)

report() {  # LABEL KEY
  local m; m=$(median ${t[$2]})
  printf '%-34s median %6.2f s  %6.1f MB/s   runs:%s\n' "$1" "$m" "$(echo "scale=1; $mb / $m" | bc)" "${t[$2]}"
}
echo "data: 200 files, $mb MB; $runs runs each, alternating; one 4 KiB O_DSYNC write: $flush_ms ms"
report "import, before (no import audit)" import-before
report "import, after (audit per study)" import-after
report "cp -r + sync (peer)" copy
report "listen, before (no reception audit)" listen-before
report "listen, after (audit per study)" listen-after
report "storescp + sync (peer)" storescp
for k in import listen; do
  echo "$k throughput after/before: $(echo "scale=3; $(median ${t[$k-before]}) / $(median ${t[$k-after]})" | bc)"
done
rm -rf "$work"/import-* "$work"/listen-* "$work"/copy-* "$work"/storescp-* "$work/dsync"
