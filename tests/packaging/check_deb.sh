#!/usr/bin/env bash
# Builds the Debian package with CPack and checks what `dpkg -i` would install: the binary, the
# .desktop file and icon, dependencies on the shared libraries it links, and a binary that runs.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$build"
cpack -G DEB -B "$out" >/dev/null
deb=$(ls "$out"/dicomnet_*.deb)
echo "package: $(basename "$deb")"
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/dicomnet ./usr/share/applications/dicomnet.desktop \
         ./usr/share/icons/hicolor/scalable/apps/dicomnet.svg; do
  grep -q " $f\$" <<<"$contents" || { echo "missing from package: $f" >&2; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for lib in libqt6widgets6 libdcmtk17 libsqlite3-0 libzip4 libqt6svg6; do
  grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib" >&2; exit 1; }
done
dpkg-deb -x "$deb" "$out/root"
"$out/root/usr/bin/dicomnet" --version | grep -q '^dicomnet ' || { echo "packaged binary does not run" >&2; exit 1; }
# The window library is packaged and found: without a display, it is the library that says so.
grep -q "/dicomnet/libdicomnet_gui.so\$" <<<"$contents" || { echo "missing from package: libdicomnet_gui.so" >&2; exit 1; }
said=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$out/root/usr/bin/dicomnet" --data-dir "$out/data" --single-user view 1.2.3 2>&1 || true)
grep -q "no display" <<<"$said" || { echo "packaged binary cannot load its window library: $said" >&2; exit 1; }
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$out/root/usr/share/applications/dicomnet.desktop"
fi
echo "package ok"
