#!/usr/bin/env bash
# What a change to the cache's durability costs or saves, in one run: two builds side by side
# (BEFORE, AFTER: build folders with app/dicomnet), alternating, with the peers beside them:
#   - storescu sending a 400-slice 512×512 CT into `dicomnet listen` of each build, and into
#     storescp; one association, then four storescu at once (100 slices each);
#   - `dicomnet import` of the same files by each build, and `cp -r` + `sync`;
#   - this machine's floor: one 525 KB write + fdatasync.
# RUNS runs each, medians, ratios to the peers.
#   tests/bench/bench_durability.sh BEFORE_BUILD AFTER_BUILD [RUNS=7] [WORK_DIR=/tmp/dicomnet-bench-durability]
set -euo pipefail
export DICOMNET_SINGLE_USER=1 TCP_NODELAY=1
if [ -z "${DICOMNET_BENCH_ISOLATED:-}" ] && [ "$(id -u)" -eq 0 ]; then
  exec env DICOMNET_BENCH_ISOLATED=1 unshare -n sh -c 'ip link set lo up && exec "$0" "$@"' "$0" "$@"
fi
before=$(cd "$1" && pwd)/app/dicomnet
after=$(cd "$2" && pwd)/app/dicomnet
runs=${3:-7}
work=${4:-/tmp/dicomnet-bench-durability}
rm -rf "$work"; mkdir -p "$work"
src=$work/ct400
"$(cd "$2" && pwd)/tests/dicomnet_make_series" "$src" 400 512 512
cat "$src"/* >/dev/null
for q in 0 1 2 3; do
  mkdir -p "$work/q$q"
  ls "$src" | awk -v q=$q 'NR % 4 == q' | while read -r f; do ln "$src/$f" "$work/q$q/$f"; done
done

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { echo "scale=2; $1 / $2" | bc; }
wait_port() { for _ in $(seq 100); do echoscu -aec "$2" 127.0.0.1 "$1" >/dev/null 2>&1 && return 0; sleep 0.05; done; return 1; }
one() { local t0 t1; t0=$(now); storescu +sd -aec "$2" 127.0.0.1 "$1" "$src" >/dev/null 2>&1; t1=$(now); echo "400 / ($t1 - $t0)" | bc; }
four() {  # in a $(...) subshell: `wait` waits for these four only
  local t0 t1; t0=$(now)
  for q in 0 1 2 3; do storescu +sd -aec "$2" 127.0.0.1 "$1" "$work/q$q" >/dev/null 2>&1 & done
  wait; t1=$(now); echo "400 / ($t1 - $t0)" | bc
}
listen() {  # BINARY one|four NAME: objects/s; checks that all 400 were stored
  local p pid r d=$work/$3-$i
  p=$(port); "$1" --data-dir "$d" listen --port "$p" >/dev/null 2>&1 & pid=$!
  wait_port "$p" DICOMNET; sync
  r=$($2 "$p" DICOMNET); kill -INT $pid; wait $pid || true
  "$after" --data-dir "$d" ls studies --json | grep -q '"instance_count": 400' ||
    { echo "run $i: $3 did not store 400 instances" >&2; exit 1; }
  echo "$r"
}
scp() {
  local p pid r; p=$(port); mkdir -p "$work/scp$2-$i"
  storescp -aet SCP -od "$work/scp$2-$i" "$p" >/dev/null 2>&1 & pid=$!
  wait_port "$p" SCP; sync; r=$($1 "$p" SCP); kill $pid; wait $pid 2>/dev/null || true; echo "$r"
}
import() {  # BINARY NAME: seconds
  local t0 t1; sync; t0=$(now); "$1" --data-dir "$work/$2-$i" import "$src" >/dev/null 2>&1; t1=$(now)
  "$after" --data-dir "$work/$2-$i" ls studies --json | grep -q '"instance_count": 400' ||
    { echo "run $i: $2 did not import 400 instances" >&2; exit 1; }
  echo "$t1 - $t0" | bc
}
flush_ms() {
  python3 - "$work" <<'PY'
import os, sys, time
data = os.urandom(525 * 1024); t = []
for i in range(21):
    t0 = time.perf_counter(); fd = os.open(os.path.join(sys.argv[1], "probe%d" % i), os.O_WRONLY | os.O_CREAT, 0o644)
    os.write(fd, data); os.fdatasync(fd); os.close(fd); t.append(time.perf_counter() - t0)
print("%.2f" % (sorted(t)[10] * 1000))
PY
}

b1=() a1=() s1=() b4=() a4=() s4=() bi=() ai=() cp=() fl=()
for i in $(seq "$runs"); do
  fl+=("$(flush_ms)")
  b1+=("$(listen "$before" one before1)"); a1+=("$(listen "$after" one after1)"); s1+=("$(scp one 1)")
  b4+=("$(listen "$before" four before4)"); a4+=("$(listen "$after" four after4)"); s4+=("$(scp four 4)")
  bi+=("$(import "$before" beforeimport)"); ai+=("$(import "$after" afterimport)")
  sync; t0=$(now); cp -r "$src" "$work/copy$i"; sync; t1=$(now); cp+=("$(echo "$t1 - $t0" | bc)")
done
m() { median "$@"; }
echo "400 × 512×512 CT, $runs alternating runs, medians"
echo "525 KB write + fdatasync: $(m "${fl[@]}") ms (${fl[*]})"
echo "one association, objects/s:  before $(m "${b1[@]}")  after $(m "${a1[@]}")  storescp $(m "${s1[@]}")"
echo "  ratio to storescp: before $(ratio "$(m "${b1[@]}")" "$(m "${s1[@]}")")  after $(ratio "$(m "${a1[@]}")" "$(m "${s1[@]}")")"
echo "  floor, storescp's receive + one flush: $(echo "scale=1; 1000 / (1000 / $(m "${s1[@]}") + $(m "${fl[@]}"))" | bc) objects/s"
echo "four at once, objects/s:     before $(m "${b4[@]}")  after $(m "${a4[@]}")  storescp $(m "${s4[@]}")"
echo "  ratio to storescp: before $(ratio "$(m "${b4[@]}")" "$(m "${s4[@]}")")  after $(ratio "$(m "${a4[@]}")" "$(m "${s4[@]}")")"
echo "import, s:                   before $(m "${bi[@]}")  after $(m "${ai[@]}")  cp -r + sync $(m "${cp[@]}")"
echo "  ratio to cp -r + sync: before $(ratio "$(m "${cp[@]}")" "$(m "${bi[@]}")")  after $(ratio "$(m "${cp[@]}")" "$(m "${ai[@]}")")"
rm -rf "$work"
