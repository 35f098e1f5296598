#!/usr/bin/env bash
# Every shared library that the bundle's programs and libraries link to must resolve, from the
# bundle or from the system: a library the bundle leaves to the system but the system lacks would
# otherwise show only when a plugin silently fails to load (no window, no printing).
#   packaging/linux/check-libs.sh [DIR]        DIR: the one-folder app (default dist/followup-desktop)
set -euo pipefail
DIR=${1:-dist/followup-desktop}
[ -d "$DIR/_internal" ] || { echo "$DIR is not a one-folder build (no _internal/)" >&2; exit 2; }
missing=0
checked=0
while IFS= read -r -d '' file; do
    head -c 4 "$file" | grep -q 'ELF' || continue
    checked=$((checked + 1))
    # The launcher loads libpython from _internal/ by its full path: let ldd look there too.
    if out=$(LD_LIBRARY_PATH="$DIR/_internal" ldd "$file" 2>&1 | grep 'not found'); then
        echo "${file#"$DIR"/}: $(echo "$out" | awk '{print $1}' | tr '\n' ' ')" >&2
        missing=1
    fi
done < <(find "$DIR" -type f \( -name '*.so*' -o -perm -u+x \) -print0)
if [ "$missing" = 1 ]; then
    echo "Libraries above are missing (install them, or add their packages to the .deb's Depends)." >&2
    exit 1
fi
echo "All libraries of $checked programs and libraries in $DIR resolve."
