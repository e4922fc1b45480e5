#!/usr/bin/env bash
# 3D frame rates of the demo CT (512×512×120) with the bone preset, dicomnet's 3D window
# (`view --3d`, 770×748 pixels) against VTK alone (volume_peer.py: the same series, preset,
# mapper and size, python3-vtk9) in the same run, on the same X display (Xvfb: Mesa's
# llvmpipe), for both ray casters. RUNS runs each, medians, dicomnet as a multiple of VTK.
#   tests/bench/bench_volume.sh BUILD [RUNS=3] [WORK_DIR=/tmp/dicomnet-bench-volume]
set -euo pipefail
export DICOMNET_SINGLE_USER=1
bin=$(cd "$1" && pwd)/app/dicomnet
runs=${2:-3}
work=${3:-/tmp/dicomnet-bench-volume}
here=$(cd "$(dirname "$0")" && pwd)
# Debian's VTK for Python (another python3 earlier in PATH would not have it).
/usr/bin/python3 -c 'import vtk' 2>/dev/null || apt-get install -y python3-vtk9 >/dev/null
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rm -rf "$work"; mkdir -p "$work/series"
"$bin" --data-dir "$work/data" demo >/dev/null
study=$("$bin" --data-dir "$work/data" ls studies --json |
  python3 -c 'import json,sys; print([x for x in json.load(sys.stdin) if "CT" in x["modalities"]][0]["study_uid"])')
series=$("$bin" --data-dir "$work/data" ls series "$study" --json |
  python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["series_uid"])')
"$bin" --data-dir "$work/data" ls instances "$series" --json |
  python3 -c 'import json,sys; [print(x["file_path"]) for x in json.load(sys.stdin)]' |
  while read -r f; do ln -s "$f" "$work/series/"; done
echo "machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
for r in cpu gpu; do
  ours=() peer=()
  for i in $(seq "$runs"); do
    line=$(xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" --data-dir "$work/data" view "$study" \
             --3d --preset bone --renderer "$r" --screenshot "$work/$r.png" 2>/dev/null | grep '^3D:')
    o=$(echo "$line" | sed -n 's/^3D: \([0-9.]*\) frames.*/\1/p')
    size=$(echo "$line" | sed -n 's/.* at \([0-9]*\)×\([0-9]*\),.*/\1 \2/p')
    p=$(xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 "$here/volume_peer.py" "$work/series" "$r" $size)
    echo "$r run $i: dicomnet $o fps, VTK alone $p fps ($line)"
    ours+=("$o"); peer+=("$p")
  done
  mo=$(median "${ours[@]}"); mp=$(median "${peer[@]}")
  echo "$r ray casting, $runs runs, medians: dicomnet $mo fps, VTK alone $mp fps, ratio $(echo "scale=2; $mo / $mp" | bc)"
done
rm -rf "$work"
