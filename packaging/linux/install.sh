#!/usr/bin/env bash
# Install the menu entry, icons and AppStream metadata for the current user (no root needed).
#   packaging/linux/install.sh                      the menu starts `followup-desktop` from PATH
#   packaging/linux/install.sh "$PWD/dist/followup-desktop/followup-desktop"   ... or this program
# Files go under ${XDG_DATA_HOME:-~/.local/share}; remove them to uninstall.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=io.github.followupdesktop.FollowUpDesktop
PROGRAM=${1:-followup-desktop}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}

mkdir -p "$DATA/applications" "$DATA/metainfo"
sed -e "s|^Exec=.*|Exec=$PROGRAM|" -e "s|^TryExec=.*|TryExec=$PROGRAM|" \
    "$HERE/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
python3 "$HERE/render_metainfo.py" "$DATA/metainfo/$APP_ID.metainfo.xml"
(cd "$HERE/icons" && find hicolor -type f -name "$APP_ID.*" -exec install -D -m 644 {} "$DATA/icons/{}" \;)
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "Installed $APP_ID into $DATA (starts $PROGRAM)."
