#!/usr/bin/env bash
# Installs the desktop app for the current user, so it starts from the desktop's launcher: the
# binary into ~/.local/bin, the icon into the hicolor theme and the launcher entry into
# ~/.local/share/applications (XDG_DATA_HOME and XDG_BIN_HOME are honoured). Nothing needs root.
# Usage: scripts/install-desktop.sh BINARY          (make install)
#        scripts/install-desktop.sh --uninstall     (make uninstall; the data folder stays)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
bin_home=${XDG_BIN_HOME:-$HOME/.local/bin}
entry="$data_home/applications/fresh-legs.desktop"
icons="$data_home/icons/hicolor"
installed=("$bin_home/fresh-legs" "$entry" "$icons/192x192/apps/fresh-legs.png"
  "$icons/512x512/apps/fresh-legs.png" "$icons/scalable/apps/fresh-legs.svg")

refresh() {
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "${installed[@]}"
  refresh
  echo "Fresh Legs is uninstalled. Your data folder is kept; delete it to remove your data too."
  exit 0
fi

binary=${1:?usage: scripts/install-desktop.sh BINARY | --uninstall}
install -D -m 0755 "$binary" "$bin_home/fresh-legs"
install -D -m 0644 assets/icons/icon-192.png "$icons/192x192/apps/fresh-legs.png"
install -D -m 0644 assets/icons/icon-512.png "$icons/512x512/apps/fresh-legs.png"
install -D -m 0644 assets/icons/icon.svg "$icons/scalable/apps/fresh-legs.svg"
# The launcher runs the installed binary by its full path: ~/.local/bin is not on every
# desktop session's PATH.
mkdir -p "$(dirname "$entry")"
exec_path=$bin_home/fresh-legs
case "$exec_path" in
  *[[:space:]\"\'\\\$\`]*) exec_path="\"${exec_path//\\/\\\\\\\\}\"" ;;
esac
sed "s|^Exec=.*|Exec=$exec_path|" assets/desktop/fresh-legs.desktop >"$entry"
chmod 0644 "$entry"
desktop-file-validate "$entry"
refresh
echo "Installed Fresh Legs: $bin_home/fresh-legs, with its entry in $entry."
