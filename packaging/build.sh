#!/usr/bin/env bash
# Build the one-folder application into dist/followup-desktop/ (run it on the platform you build for).
# A venv under build/ holds exactly the versions of requirements/build.txt (checked against their
# hashes), PyInstaller among them, and the project itself; nothing else is touched.
#   packaging/build.sh                        build
#   dist/followup-desktop/followup-desktop --selftest   check the result
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv
LOCK=requirements/build.txt
if ! cmp -s "$LOCK" "$VENV/installed-lock.txt"; then  # a new lock: start from an empty venv
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --require-hashes -r "$LOCK"
    cp "$LOCK" "$VENV/installed-lock.txt"
fi
# This checkout's code, always; built with the locked setuptools, its dependencies already there.
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps --no-build-isolation .
# Run from build/: from the checkout, the source tree (whose resources/ sits outside the package)
# would shadow the installed package.
ROOT=$PWD
(cd build && "$ROOT/$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/followup-desktop.spec")
echo "Built dist/followup-desktop ($(du -sh dist/followup-desktop | cut -f1))."
