#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb.sh CMAKE CPACK BUILD_DIR WORK_DIR STAGE_SCRIPT VERSION  (registered by CMakeLists.txt as package_deb)
set -eu
CMAKE=$1 CPACK=$2 BUILD=$3 WORK=$4 STAGE=$5 VERSION=$6
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

rm -rf "$WORK"
mkdir -p "$WORK"
start=$(date +%s)

step "cpack -G DEB (from the built tree)"
"$CPACK" --config "$BUILD/CPackConfig.cmake" -G DEB -B "$WORK/out" \
  -D CPACK_INSTALL_CMAKE_PROJECTS= -D CPACK_INSTALL_SCRIPTS="$STAGE" -D IDCONSOLE_BUILD_DIR="$BUILD" \
  >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log" >&2; fail "cpack failed"; }
deb="$WORK/out/idconsole_${VERSION}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { ls -l "$WORK/out" >&2; fail "no $deb"; }
echo "$(basename "$deb"): $(du -k "$deb" | cut -f1) KiB"

step "control fields"
dpkg-deb -f "$deb" Package Version Architecture Section Maintainer Depends Recommends | tee "$WORK/control.txt"
[ "$(dpkg-deb -f "$deb" Package)" = idconsole ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "version"
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libsecret-1-0 libqt6svg6 libqt6widgets6 libqt6network6 libqt6core6 libqt6keychain1 libssl3; do
  echo "$depends" | grep -q "$dep" || fail "Depends lacks $dep: $depends"
done
dpkg-deb -f "$deb" Recommends | grep -q gnome-keyring || fail "Recommends lacks gnome-keyring"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Section)" ] || fail "no Section"
dpkg-deb -f "$deb" Description | grep -q "identity" || fail "Description"

step "file list"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | sort >"$WORK/files.txt"
cat "$WORK/files.txt"
root="$WORK/root"
dpkg-deb -x "$deb" "$root"
for f in \
  usr/bin/idconsole usr/bin/idconsole-cli usr/bin/idconsole-emulator \
  usr/share/applications/idconsole.desktop \
  usr/share/metainfo/io.github.idconsole.IdentityConsole.metainfo.xml \
  usr/share/icons/hicolor/scalable/apps/idconsole.svg \
  usr/share/icons/hicolor/16x16/apps/idconsole.png usr/share/icons/hicolor/32x32/apps/idconsole.png \
  usr/share/icons/hicolor/48x48/apps/idconsole.png usr/share/icons/hicolor/64x64/apps/idconsole.png \
  usr/share/icons/hicolor/128x128/apps/idconsole.png usr/share/icons/hicolor/256x256/apps/idconsole.png \
  usr/share/doc/idconsole/copyright; do
  [ -s "$root/$f" ] || fail "missing or empty: /$f"
done
for b in idconsole idconsole-cli idconsole-emulator; do
  [ -x "$root/usr/bin/$b" ] || fail "/usr/bin/$b is not executable"
done
# Nothing from the build machine: no test binaries, headers, static libraries or build paths.
if grep -E '\.(a|h|cpp)$|/tst_|/include/|iconrender' "$WORK/files.txt"; then fail "unexpected files in the package"; fi
grep -q "GNU GENERAL PUBLIC LICENSE" "$root/usr/share/doc/idconsole/copyright" || fail "copyright is not the GPL"
for size in 16 32 48 64 128 256; do
  file "$root/usr/share/icons/hicolor/${size}x${size}/apps/idconsole.png" | grep -q "PNG image data, $size x $size" \
    || fail "icon ${size}x${size} is not a ${size}x${size} PNG"
done

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/idconsole.desktop" || fail "desktop file"
grep -q '^Name\[zh_CN\]=' "$root/usr/share/applications/idconsole.desktop" || fail "no Chinese name"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.idconsole.IdentityConsole.metainfo.xml" \
  || fail "metainfo"

step "installed binaries"
for b in idconsole idconsole-cli idconsole-emulator; do
  if env -u LD_LIBRARY_PATH ldd "$root/usr/bin/$b" | grep -E "not found|$BUILD"; then fail "$b links something unavailable"; fi
done
out=$(env -u LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen HOME="$WORK/home" "$root/usr/bin/idconsole" --version 2>&1) \
  || fail "idconsole --version: $out"
echo "idconsole --version: $out"
echo "$out" | grep -q "$VERSION" || fail "idconsole --version does not name $VERSION"
out=$(env -u LD_LIBRARY_PATH HOME="$WORK/home" "$root/usr/bin/idconsole-cli" --help 2>&1) || fail "idconsole-cli --help: $out"
echo "$out" | head -5
echo "$out" | grep -qi "usage" || fail "idconsole-cli --help prints no usage"

echo "package_deb: ok in $(( $(date +%s) - start )) s"
