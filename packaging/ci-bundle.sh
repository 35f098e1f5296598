#!/usr/bin/env bash
# CI: build the one-folder bundle with build.sh, check that its libraries resolve, report its size,
# then run the BUILT program's --selftest.
# The selftest's exit status is this script's result. Run after .ci/run installed Qt's libraries.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v objdump >/dev/null; then  # PyInstaller needs objdump on Linux (binutils)
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends binutils
    else
        echo "PyInstaller needs objdump: install binutils" >&2
        exit 1
    fi
fi

started=$SECONDS
rm -rf dist/followup-desktop
packaging/build.sh
echo "Bundle built in $((SECONDS - started)) s."
packaging/linux/check-libs.sh dist/followup-desktop
echo "On disk: $(du -sm dist/followup-desktop | cut -f1) MB (target <= 120 MB);" \
     "as .tar.gz: $(tar -C dist -czf - followup-desktop | wc -c | awk '{printf "%.1f", $1 / 1048576}') MB (target <= 60 MB)."
QT_QPA_PLATFORM=offscreen dist/followup-desktop/followup-desktop --selftest
