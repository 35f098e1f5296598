#!/usr/bin/env bash
# Regenerate the lock files (exact versions with their hashes) from pyproject.toml and build.in:
#   test.txt    the project's dependencies and its test tools        (.ci/run, before the README's test command)
#   build.txt   the project's dependencies, PyInstaller and setuptools (packaging/build.sh, the Windows/macOS workflow)
#   lowest.txt  the LOWEST versions that pyproject.toml allows         (.ci/run runs the core tests on them)
# test.txt and build.txt hold every platform's wheels (Linux, Windows, macOS).
#   requirements/lock.sh              after changing a dependency or a bound (keeps other pins)
#   requirements/lock.sh --upgrade    take the newest versions allowed
# Needs uv from PyPI:  python3 -m venv /tmp/uv && /tmp/uv/bin/pip install uv && UV=/tmp/uv/bin/uv requirements/lock.sh
set -euo pipefail
cd "$(dirname "$0")/.."
UV=${UV:-uv}
common=(--quiet --generate-hashes --python-version 3.11 --custom-compile-command requirements/lock.sh "$@")
"$UV" pip compile pyproject.toml --extra test --universal "${common[@]}" -o requirements/test.txt
"$UV" pip compile pyproject.toml requirements/build.in --universal "${common[@]}" -o requirements/build.txt
"$UV" pip compile pyproject.toml --extra test --resolution lowest-direct \
    --python-platform x86_64-manylinux_2_28 "${common[@]}" -o requirements/lowest.txt
