#!/usr/bin/env bash
# Installs wasm-bindgen-cli of exactly the version of the `wasm-bindgen` crate in Cargo.lock into
# the tools dir (the CLI refuses to process a module from a different version), and prints the
# path of the binary. Skips the ~5-8 min compile when the installed version already matches.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools_dir="${FRESH_LEGS_TOOLS_DIR:-$HOME/.cache/fresh-legs/tools}"
bin="$tools_dir/bin/wasm-bindgen"

# Cargo.lock appears with the first cargo command; create it without building anything.
[ -f "$root/Cargo.lock" ] || cargo generate-lockfile --manifest-path "$root/Cargo.toml" >&2

version="$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' \
  "$root/Cargo.lock")"
if [ -z "$version" ]; then
  echo "no wasm-bindgen package in $root/Cargo.lock" >&2
  exit 1
fi

if [ -x "$bin" ] && [ "$("$bin" --version)" = "wasm-bindgen $version" ]; then
  echo "$bin"
  exit 0
fi

echo "Installing wasm-bindgen-cli $version into $tools_dir (takes several minutes)" >&2
# No --locked: the registry mirror lacks one dependency pinned by the CLI's own lock file.
# Without CARGO_TARGET_DIR cargo builds in a throwaway dir, so the tool neither fills nor locks
# the app's target dir.
env -u CARGO_TARGET_DIR cargo install wasm-bindgen-cli --version "=$version" --root "$tools_dir" --force >&2
echo "$bin"
