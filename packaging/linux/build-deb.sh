#!/usr/bin/env bash
# Build dist/followup-desktop_VERSION_ARCH.deb from the one-folder application, offline.
#   packaging/build.sh && packaging/linux/build-deb.sh
#   sudo apt-get install ./dist/followup-desktop_0.1.0_amd64.deb      (then: followup-desktop --selftest)
# Layout: the application in /opt/followup-desktop/, the command /usr/bin/followup-desktop, the
# menu entry, icons and AppStream metadata under /usr/share. Depends: is computed by
# dpkg-shlibdeps from the libraries the bundle links to but leaves to the system (X11, xcb,
# fontconfig, glib, cups ...). No maintainer scripts: dpkg's triggers refresh the menu and icon
# caches, and removing the package removes every file it installed (the user's data stays).
# Needs: dpkg-dev (dpkg-shlibdeps), binutils.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP_ID=io.github.followupdesktop.FollowUpDesktop
LINUX=packaging/linux
BUNDLE=${1:-dist/followup-desktop}
[ -x "$BUNDLE/followup-desktop" ] || { echo "no one-folder build in $BUNDLE: run packaging/build.sh" >&2; exit 2; }
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' followup_desktop/__init__.py)
ARCH=$(dpkg --print-architecture)
DEB=dist/followup-desktop_${VERSION}_${ARCH}.deb

# dpkg-shlibdeps wants a source tree: debian/control, and the package's files in debian/PACKAGE/.
WORK=build/deb
ROOT=$WORK/debian/followup-desktop
rm -rf "$WORK"
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
    "$ROOT/usr/share/metainfo" "$ROOT/usr/share/doc/followup-desktop"
cp -a "$BUNDLE" "$ROOT/opt/followup-desktop"
ln -s ../../opt/followup-desktop/followup-desktop "$ROOT/usr/bin/followup-desktop"
install -m 644 "$LINUX/$APP_ID.desktop" "$ROOT/usr/share/applications/"
python3 "$LINUX/render_metainfo.py" "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"  # $FOLLOWUP_SCREENSHOT_BASE
(cd "$LINUX/icons" && find hicolor -type f -name "$APP_ID.*" -exec install -D -m 644 {} "../../../$ROOT/usr/share/icons/{}" \;)
install -m 644 "$LINUX/deb/copyright" "$ROOT/usr/share/doc/followup-desktop/copyright"
# dpkg-deb --root-owner-group makes everything root's; permissions are set here, whatever the umask.
find "$ROOT" -type d -exec chmod 755 {} +
find "$ROOT/opt" "$ROOT/usr/share" -type f -exec chmod 644 {} +
find "$ROOT/opt" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 755 {} +
chmod 755 "$ROOT/opt/followup-desktop/followup-desktop"

# The libraries the bundle leaves to the system, as Debian package names and versions.
printf 'Source: followup-desktop\n\nPackage: followup-desktop\nArchitecture: any\n' > "$WORK/debian/control"
mapfile -t elves < <(cd "$WORK" && find debian/followup-desktop/opt -type f -perm -u+x -exec sh -c \
    'head -c 4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
internal=debian/followup-desktop/opt/followup-desktop/_internal
depends=$(cd "$WORK" && dpkg-shlibdeps -O -l"$internal" -l"$internal/PySide6/Qt/lib" "${elves[@]}" 2>/dev/null \
    | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || { echo "dpkg-shlibdeps found no dependencies" >&2; exit 1; }

installed_kb=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    -e "s/@DEPENDS@/$depends/" "$LINUX/deb/control.in" > "$ROOT/DEBIAN/control"
# xz level 3: half the time of the default level 6 for 8 % more (36 MB instead of 34 MB).
dpkg-deb --root-owner-group -Zxz -z3 --build "$ROOT" "$DEB" >/dev/null
echo "Built $DEB ($(du -m "$DEB" | cut -f1) MB; installed $((installed_kb / 1024)) MB)."
echo "Depends: $depends"
