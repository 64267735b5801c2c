#!/bin/sh
# Install Proofdesk (校对台) for the current user, from this unpacked folder; no root needed.
#
#   ./install.sh              copies the program to ~/.local/lib/proofdesk, links ~/.local/bin/proofdesk,
#                             and adds the menu entry (校对台) and its icons in ~/.local/share
#   ./install.sh --uninstall  removes all of that again (your libraries and settings stay)
#
# PREFIX sets another place than ~/.local. An installed copy carries this script as
# ~/.local/lib/proofdesk/install.sh, so `~/.local/lib/proofdesk/install.sh --uninstall` removes it.
set -eu

prefix=${PREFIX:-${HOME:?HOME is not set}/.local}
app_id=org.proofdesk.Proofdesk
target=$prefix/lib/proofdesk
link=$prefix/bin/proofdesk
data=${XDG_DATA_HOME:-$prefix/share}
[ -n "${PREFIX:-}" ] && data=$prefix/share
entry=$data/applications/$app_id.desktop
icons=$data/icons/hicolor
here=$(cd "$(dirname "$0")" && pwd)

refresh_menus() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ] &&
        gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

uninstall() {
    # Only what this script put there; the link only when it points into the installed copy.
    if [ -L "$link" ] && [ "$(readlink "$link")" = "$target/proofdesk" ]; then rm -f "$link"; fi
    rm -f "$entry"
    for icon in "$icons"/*/apps/proofdesk.png "$icons"/scalable/apps/proofdesk.svg; do
        [ -f "$icon" ] && rm -f "$icon"
    done
    if [ -f "$target/proofdesk" ] && [ -f "$target/install.sh" ]; then rm -rf "$target"; fi
    refresh_menus
}

case "${1:-}" in
    --uninstall)
        uninstall
        echo "Proofdesk removed from $prefix (libraries and settings are kept)."
        exit 0 ;;
    "") ;;
    *) echo "usage: $0 [--uninstall]" >&2; exit 2 ;;
esac

[ -x "$here/proofdesk" ] && [ -d "$here/_internal" ] || { echo "install.sh: run it from the unpacked Proofdesk folder" >&2; exit 1; }
if [ "$here" = "$target" ]; then echo "install.sh: Proofdesk is already installed in $target" >&2; exit 1; fi

# The bundle carries Python and Qt; the window also needs the system's X11/xcb (or Wayland), fontconfig
# and GLib libraries, which every desktop has but minimal systems may lack: name any that are missing.
if command -v ldd >/dev/null 2>&1; then
    missing=$(ldd "$here/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null | awk '/not found/ { print $1 }' | sort -u | tr '\n' ' ')
    [ -z "$missing" ] || echo "note: the window needs these system libraries, not found here: $missing"
fi

uninstall >/dev/null 2>&1 || true
mkdir -p "$prefix/lib" "$prefix/bin" "$data/applications"
rm -rf "$target.new"
cp -R "$here" "$target.new"
rm -rf "$target"
mv "$target.new" "$target"
ln -sf "$target/proofdesk" "$link"
for png in "$here"/share/icons/proofdesk-*.png; do
    size=${png##*-}
    size=${size%.png}
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$png" "$icons/${size}x${size}/apps/proofdesk.png"
done
mkdir -p "$icons/scalable/apps"
cp "$here/share/icons/proofdesk.svg" "$icons/scalable/apps/proofdesk.svg"
# The menu entry names the program by its full path: ~/.local/bin is not on every desktop's PATH.
sed "s|^Exec=proofdesk|Exec=\"$target/proofdesk\"|" "$here/share/$app_id.desktop" >"$entry.new"
mv "$entry.new" "$entry"
refresh_menus
echo "Proofdesk installed in $target."
echo "Start it from the menu (校对台) or with $link; remove it with $target/install.sh --uninstall"
case ":${PATH:-}:" in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on your PATH" ;; esac
