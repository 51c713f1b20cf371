#!/usr/bin/env bash
# Builds the web app into dist/ at the repository root, ready to serve as static files:
# cargo (wasm-release profile) -> wasm-bindgen -> wasm-opt -Oz -> index.html, then prints its size.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
dist="$root/dist"
target_dir="${CARGO_TARGET_DIR:-$root/target}"

scripts/ensure-rust-targets.sh wasm32-unknown-unknown
wasm_bindgen="$(scripts/ensure-wasm-bindgen.sh)"
scripts/ensure-node-deps.sh
wasm_opt="$root/tests/e2e/node_modules/.bin/wasm-opt" # npm binaryen: Debian's breaks the output

cargo build --profile wasm-release --target wasm32-unknown-unknown --no-default-features --features web

rm -rf "$dist"
"$wasm_bindgen" --target web --no-typescript --out-dir "$dist" \
  "$target_dir/wasm32-unknown-unknown/wasm-release/fresh-legs.wasm"
"$wasm_opt" -Oz "$dist/fresh-legs_bg.wasm" -o "$dist/fresh-legs_bg.wasm"
cp assets/web/index.html "$dist/index.html"

scripts/bundle-size.sh "$dist"
