#!/usr/bin/env bash
# The steps packaging/linux/test-deb.sh runs on a fresh Debian 12 chroot (its only argument), from
# the host: install the .deb with apt-get, check it, use it as a user, remove it, check nothing
# is left. Environment: DEB (the package), CHECK_LIBS (check-libs.sh), TEST_DISPLAY (an X
# display the chroot can reach), SHOT (where to save a screenshot of the window, optional).
set -euo pipefail
R=${1:?chroot}
APP_ID=io.github.followupdesktop.FollowUpDesktop
USER_HOME=/home/tester
in_root() { chroot "$R" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }
as_user() { in_root runuser -u tester -- env HOME=$USER_HOME LANG=C.UTF-8 "$@"; }  # as a desktop session
apt() { in_root apt-get -y -q -o Dpkg::Use-Pty=0 "$@"; }
fail() { echo "FAILED: $*" >&2; exit 1; }
# Every path outside the user's home and the package manager's own state and caches.
system_files() {
    in_root find / -xdev \( -path /proc -o -path /sys -o -path /dev -o -path /run -o -path /tmp \
        -o -path /home -o -path /var/cache -o -path /var/log -o -path /var/lib/apt -o -path /var/lib/dpkg \) \
        -prune -o -print | sort
}

in_root useradd --create-home --home-dir $USER_HOME tester
system_files > "$R/tmp/before-install.txt"

echo "== apt-get install ./$(basename "$DEB")"
cp "$DEB" "$R/tmp/"
# Without Recommends: the declared Depends alone must be enough.
in_root sh -c "cd /tmp && apt-get install -y -q -o Dpkg::Use-Pty=0 --no-install-recommends ./$(basename "$DEB")" \
    | grep -E '^(The following NEW|[0-9]+ upgraded|Setting up followup)'

in_root dpkg-query -L followup-desktop > "$R/tmp/package-files.txt"

echo "== installed files"
for path in /usr/bin/followup-desktop /opt/followup-desktop/followup-desktop \
        /usr/share/applications/$APP_ID.desktop /usr/share/metainfo/$APP_ID.metainfo.xml \
        /usr/share/icons/hicolor/48x48/apps/$APP_ID.png /usr/share/icons/hicolor/256x256/apps/$APP_ID.png \
        /usr/share/icons/hicolor/scalable/apps/$APP_ID.svg /usr/share/doc/followup-desktop/copyright; do
    [ -e "$R$path" ] || fail "$path is missing"
done
# The menu entry starts the command on PATH.
exec_line=$(sed -n 's/^Exec=//p' "$R/usr/share/applications/$APP_ID.desktop")
in_root sh -c "command -v ${exec_line%% *}" >/dev/null || fail "the menu entry's Exec=$exec_line is not on PATH"
in_root bash -s -- /opt/followup-desktop < "$CHECK_LIBS"

echo "== followup-desktop --selftest (as a user)"
as_user followup-desktop --version
as_user followup-desktop --selftest

echo "== the window, on X11 (xcb)"
log=$(mktemp)
as_user env DISPLAY="$TEST_DISPLAY" QT_QPA_PLATFORM=xcb followup-desktop >"$log" 2>&1 &
app=$!
if ! window=$(DISPLAY="$TEST_DISPLAY" timeout 60 xdotool search --sync --onlyvisible --name '^FollowUp Desktop$' | head -n1); then
    kill "$app" 2>/dev/null || true
    cat "$log" >&2
    fail "no window appeared"
fi
sleep 1  # let it paint
if [ -n "${SHOT:-}" ] && command -v import >/dev/null; then
    mkdir -p "$(dirname "$SHOT")" && DISPLAY="$TEST_DISPLAY" import -window root "$SHOT" && echo "screenshot: $SHOT"
fi
DISPLAY="$TEST_DISPLAY" xdotool windowfocus --sync "$window" key ctrl+q
for _ in $(seq 150); do kill -0 "$app" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$app" 2>/dev/null; then kill "$app"; fail "the window did not close on Ctrl+Q"; fi
wait "$app" || { cat "$log" >&2; fail "the program exited with an error"; }
cat "$log"
[ -f "$R$USER_HOME/.local/share/followup-desktop/followup.sqlite3" ] || fail "the user's database was not created"

echo "== apt-get remove followup-desktop"
apt remove followup-desktop | grep -E '^(Removing|[0-9]+ upgraded)' 
status=$(in_root dpkg-query -W -f='${db:Status-Abbrev}' followup-desktop 2>/dev/null || true)
case "$status" in ii*|rc*|iU*|iF*) fail "dpkg still knows the package as '$status'";; esac
[ ! -e "$R/opt/followup-desktop" ] || fail "/opt/followup-desktop is still there: $(find "$R/opt/followup-desktop" | head)"
while IFS= read -r path; do
    [ -d "$R$path" ] && continue  # folders shared with other packages (/usr/bin, /usr/share ...)
    [ ! -e "$R$path" ] && [ ! -L "$R$path" ] || fail "$path is still there after apt-get remove"
done < "$R/tmp/package-files.txt"
[ -f "$R$USER_HOME/.local/share/followup-desktop/followup.sqlite3" ] || fail "apt-get remove took the user's data"

echo "== apt-get autoremove --purge: the system is as it was before"
apt autoremove --purge | grep -E '^[0-9]+ upgraded'
system_files > "$R/tmp/after-remove.txt"
# dpkg removes /opt with the last package that lists it: Debian's base-files makes /opt in its
# postinst instead of shipping it, so every package under /opt does this, and base-files puts
# it back on its next upgrade. Any other difference is something the package left or took.
differences=$(diff "$R/tmp/before-install.txt" "$R/tmp/after-remove.txt" | grep '^[<>]' | grep -v -x '< /opt' || true)
[ -z "$differences" ] || fail "these differ between before the install and after the removal: $differences"
echo "Nothing left but the user's data: $(cd "$R$USER_HOME" && find .local/share/followup-desktop -maxdepth 1 | sort | tr '\n' ' ')"
