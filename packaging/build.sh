#!/usr/bin/env bash
# Build the one-folder application into dist/followup-desktop/ (run it on the platform you build for).
# A venv under build/ holds the project (installed, not editable) and PyInstaller; nothing else is touched.
#   packaging/build.sh                        build
#   dist/followup-desktop/followup-desktop --selftest   check the result
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q . "pyinstaller>=6.10,<7"
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps .  # this checkout's code, always
# Run from build/: from the checkout, the source tree (whose resources/ sits outside the package)
# would shadow the installed package.
ROOT=$PWD
(cd build && "$ROOT/$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" "$ROOT/packaging/followup-desktop.spec")
echo "Built dist/followup-desktop ($(du -sh dist/followup-desktop | cut -f1))."
