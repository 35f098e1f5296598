#!/usr/bin/env bash
# Install the .deb into a fresh Debian 12 as a user would, use it, remove it (CI runs this):
# a throw-away chroot made by mmdebstrap from Debian's mirror, an Xvfb display for the window,
# then the steps of packaging/linux/deb-cycle.sh inside it. The chroot is deleted afterwards.
#   packaging/linux/test-deb.sh dist/followup-desktop_0.1.0_amd64.deb
# Needs root, mmdebstrap, xvfb and xdotool (Debian packages), and Debian's package mirror.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB=$(realpath "${1:?usage: packaging/linux/test-deb.sh PACKAGE.deb}")
CYCLE=$(realpath packaging/linux/deb-cycle.sh)
CHECK_LIBS=$(realpath packaging/linux/check-libs.sh)
SHOT=$(realpath -m build/deb-window.png)
export DEB CHECK_LIBS SHOT

# A private X display on a free number; stopped by its own PID.
displayfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$displayfile" >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -f "$displayfile"' EXIT
for _ in $(seq 100); do [ -s "$displayfile" ] && break; sleep 0.1; done
[ -s "$displayfile" ] || { echo "Xvfb did not start" >&2; exit 1; }
export TEST_DISPLAY=":$(head -n1 "$displayfile")"

started=$SECONDS
# The chroot shares this machine's network namespace, so the app reaches Xvfb's abstract socket.
mmdebstrap --quiet --variant=minbase --mode=root --format=null \
    --customize-hook="\"$CYCLE\" \"\$1\"" \
    bookworm /dev/null \
    "deb http://deb.debian.org/debian bookworm main" \
    "deb http://deb.debian.org/debian bookworm-updates main" \
    "deb http://deb.debian.org/debian-security bookworm-security main"
echo "The .deb passed its install, use and removal on a fresh Debian 12 in $((SECONDS - started)) s."
