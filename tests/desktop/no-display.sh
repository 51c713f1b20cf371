#!/usr/bin/env bash
# The desktop app started where no window can open (no DISPLAY, no WAYLAND_DISPLAY, or a
# display that does not answer) says so in one sentence and exits with code 3, no backtrace.
# Usage: tests/desktop/no-display.sh BINARY   (run by `make desktop-smoke`)
set -euo pipefail
binary=${1:?usage: tests/desktop/no-display.sh BINARY}
expected="Fresh Legs found no display to open its window on: run it in a desktop session, or run \`make serve\` and use the web app in a browser."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

check() {
  local what=$1; shift
  local output code=0
  output=$("$@" 2>&1) || code=$?
  if [ "$code" -ne 3 ]; then
    echo "FAIL ($what): exit code $code, expected 3; output: $output" >&2
    exit 1
  fi
  if [ "$output" != "$expected" ]; then
    echo "FAIL ($what): the output was not the one sentence:" >&2
    printf '%s\n' "$output" >&2
    exit 1
  fi
  echo "ok: $what"
}

check "no display at all" env -u DISPLAY -u WAYLAND_DISPLAY RUST_BACKTRACE=1 FRESH_LEGS_DATA_DIR="$data" "$binary"
check "a display that does not answer" env -u WAYLAND_DISPLAY DISPLAY=:99999 RUST_BACKTRACE=1 FRESH_LEGS_DATA_DIR="$data" "$binary"
