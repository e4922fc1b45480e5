#!/usr/bin/env bash
# Test fixture: downloads Debian's python3-pydicom package and unpacks it into DEST (once).
set -euo pipefail
dest=$1
marker="$dest/usr/lib/python3/dist-packages/pydicom/data/test_files/CT_small.dcm"
[ -f "$marker" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
if ! apt-get download python3-pydicom >/dev/null 2>&1; then
  # The package lists may be missing on a fresh machine.
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq >/dev/null; else sudo apt-get update -qq >/dev/null; fi
  apt-get download python3-pydicom >/dev/null
fi
mkdir -p "$dest"
dpkg-deb -x python3-pydicom_*.deb "$dest"
[ -f "$marker" ] || { echo "python3-pydicom did not contain $marker" >&2; exit 1; }
