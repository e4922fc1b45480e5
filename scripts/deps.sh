#!/usr/bin/env bash
# Installs the Debian packages dicomnet needs to build, test and run — only those missing.
# Idempotent: a second run installs nothing. Needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
  g++ cmake ninja-build ccache pkg-config file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  libqt6svg6 qt6-translations-l10n libqt6opengl6-dev qt6-charts-dev libvtk9-dev libopenjp2-7-dev
  libinsighttoolkit5-dev libopencv-dnn-dev libopencv-imgproc-dev
  libdcmtk-dev dcmtk dicom3tools libsqlite3-dev sqlite3 libzip-dev zip libssl-dev openssl
  xvfb xauth libgl1-mesa-dri desktop-file-utils iproute2 util-linux
  orthanc orthanc-dicomweb orthanc-python orthanc-postgresql postgresql nginx poppler-utils socat
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "dicomnet: installing missing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "dicomnet: run as root or install sudo" >&2; exit 1; }
  sudo=sudo
fi
export DEBIAN_FRONTEND=noninteractive
# Orthanc is a test peer only: its package must not start a system service (which would listen
# on every interface). A policy-rc.d that says "no" for the duration of the install keeps it off.
guard=""
if [ ! -e /usr/sbin/policy-rc.d ]; then
  guard=/usr/sbin/policy-rc.d
  printf '#!/bin/sh\nexit 101\n' | $sudo tee "$guard" >/dev/null
  $sudo chmod 755 "$guard"
  trap '$sudo rm -f "$guard"' EXIT
fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
