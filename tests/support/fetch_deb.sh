#!/usr/bin/env bash
# Test fixture: downloads a Debian package of data made by others (python3-pydicom's DICOM
# files, libonnx-testdata's ONNX models) and unpacks it into DEST, once. MARKER, a path under
# DEST, tells that it is there.
set -euo pipefail
package=$1 dest=$2 marker=$3
[ -f "$dest/$marker" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
if ! apt-get download "$package" >/dev/null 2>&1; then
  # The package lists may be missing on a fresh machine.
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq >/dev/null; else sudo apt-get update -qq >/dev/null; fi
  apt-get download "$package" >/dev/null
fi
mkdir -p "$dest"
dpkg-deb -x "$package"_*.deb "$dest"
[ -f "$dest/$marker" ] || { echo "$package did not contain $marker" >&2; exit 1; }
