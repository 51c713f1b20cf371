#!/usr/bin/env bash
# `make install`'s script into a throwaway home: the binary, the icons and a launcher entry that
# desktop-file-validate accepts (the script runs it), then an uninstall that takes them away.
# Usage: tests/desktop/install.sh BINARY   (run by `make desktop-smoke`)
set -euo pipefail
binary=${1:?usage: tests/desktop/install.sh BINARY}
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_DATA_HOME="$home/with space/share" XDG_BIN_HOME="$home/with space/bin"
scripts/install-desktop.sh "$binary" >/dev/null
entry="$XDG_DATA_HOME/applications/fresh-legs.desktop"
for file in "$XDG_BIN_HOME/fresh-legs" "$entry" "$XDG_DATA_HOME/icons/hicolor/512x512/apps/fresh-legs.png"; do
  [ -f "$file" ] || { echo "FAIL: $file was not installed" >&2; exit 1; }
done
grep -qx "Exec=\"$XDG_BIN_HOME/fresh-legs\"" "$entry" || { echo "FAIL: the entry does not run the installed binary: $(grep Exec "$entry")" >&2; exit 1; }
desktop-file-validate "$entry"
echo "ok: installed, and desktop-file-validate accepts the entry"
scripts/install-desktop.sh --uninstall >/dev/null
[ ! -e "$entry" ] && [ ! -e "$XDG_BIN_HOME/fresh-legs" ] || { echo "FAIL: uninstall left files" >&2; exit 1; }
echo "ok: uninstalled"
