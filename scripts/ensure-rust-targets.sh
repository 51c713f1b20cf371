#!/usr/bin/env bash
# Adds the rustup targets given as arguments, only when one is missing.
# Usage: scripts/ensure-rust-targets.sh wasm32-unknown-unknown [aarch64-linux-android ...]
set -euo pipefail

installed="$(rustup target list --installed)"
missing=()
for target in "$@"; do
  grep -qx "$target" <<<"$installed" || missing+=("$target")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Adding rustup targets: ${missing[*]}"
rustup target add "${missing[@]}"
