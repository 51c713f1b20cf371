#!/usr/bin/env bash
# Builds a web app into a folder of static files, ready to serve:
# cargo (wasm-release profile) -> wasm-bindgen -> wasm-opt -Oz -> the page and its files, then
# prints the bundle's size.
#
# Usage: scripts/build-web.sh                      Fresh Legs into dist/ (with its scripts,
#                                                  manifest, icons and service worker, and in
#                                                  dist/on-demand/ the training-file reader and
#                                                  the worker it runs in, loaded the first time
#                                                  files are imported, and in dist/languages/
#                                                  the words of every language but English)
#        scripts/build-web.sh hello-world DIR      the benchmarks' Dioxus hello world into DIR,
#                                                  with the same profile and tools
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
package="${1:-fresh-legs}"
dist="$(realpath -m "${2:-$root/dist}")"
target_dir="${CARGO_TARGET_DIR:-$root/target}"

scripts/ensure-rust-targets.sh wasm32-unknown-unknown
wasm_bindgen="$(scripts/ensure-wasm-bindgen.sh)"
scripts/ensure-node-deps.sh
wasm_opt="$root/tests/e2e/node_modules/.bin/wasm-opt" # npm binaryen: Debian's breaks the output
esbuild="$root/tests/e2e/node_modules/.bin/esbuild"

cargo build --profile wasm-release --target wasm32-unknown-unknown --no-default-features --features web \
  --package "$package"

# The JavaScript is minified for both apps alike, so the comparison stays fair: the glue here, the
# app's own scripts as they are copied. Names other files use (exports, globals) are kept.
minify() { "$esbuild" --minify --log-level=warning "$1" --outfile="$2" --allow-overwrite; }
# wasm-bindgen, then wasm-opt and the minifier: cargo's module $2 (an app's binary keeps its
# dashes, a library's name has underscores) as $1.js and $1_bg.wasm in folder $3.
bind() {
  local out="$3"
  "$wasm_bindgen" --target web --no-typescript --out-dir "$out" --out-name "$1" \
    "$target_dir/wasm32-unknown-unknown/wasm-release/$2.wasm"
  # --converge repeats the passes while they still shrink the module (about 0.2 % here).
  "$wasm_opt" -Oz --converge "$out/${1}_bg.wasm" -o "$out/${1}_bg.wasm"
  # The glue imports its snippets (Dioxus' interpreter, our own modules) as files of their own,
  # which the browser only finds once the glue has arrived: a second round of requests before
  # the wasm can start. Bundled into the glue, the page's first round fetches everything. The
  # training reader's module stays its own file, loaded at the first import.
  "$esbuild" --bundle --format=esm --minify --log-level=warning --external:/on-demand/* \
    "$out/$1.js" --outfile="$out/$1.js" --allow-overwrite
  rm -rf "$out/snippets"
}

rm -rf "$dist"
bind "$package" "$package" "$dist"

case "$package" in
  fresh-legs)
    cp assets/web/index.html assets/web/manifest.webmanifest "$dist/"
    minify assets/web/boot.js "$dist/boot.js"
    # The device scripts as one file, in the order desktop runs them (src/ui/platform/device.rs):
    # one request instead of three, each a plain script that defines itself on globalThis.
    cat assets/web/device.js assets/web/screen.js assets/web/share.js >"$dist/device.js"
    minify "$dist/device.js" "$dist/device.js"
    mkdir -p "$dist/icons"
    cp assets/icons/icon.svg assets/icons/icon-192.png assets/icons/icon-512.png "$dist/icons/"
    cargo build --profile wasm-release --target wasm32-unknown-unknown --package training-reader
    bind training-reader training_reader "$dist/on-demand"
    # The worker that runs it, off the page's thread (assets/web/training_reader.js).
    minify assets/web/training_worker.js "$dist/on-demand/training-worker.js"
    # The other languages' words, one file each, fetched when the runner's language needs them
    # (src/ui/platform/catalogues.rs); English is compiled into the wasm. Comments are for
    # translators: a line starting with # is one (a message's own lines are indented).
    mkdir -p "$dist/languages"
    for folder in i18n/*/; do
      code="$(basename "$folder")"
      # awk 1 ends each file's last line, so no two files' lines run together.
      [ "$code" = en ] || awk 1 "$folder"*.ftl | grep -v '^#' >"$dist/languages/$code.ftl"
    done
    node scripts/write-service-worker.mjs "$dist"
    ;;
  hello-world) cp benches/hello-world/index.html "$dist/" ;;
  *) echo "unknown web app: $package" >&2; exit 2 ;;
esac

node scripts/bundle-size.mjs "$dist"
