#!/usr/bin/env bash
# Prints the web bundle's size: wasm and JS (wasm-bindgen glue plus its snippets), raw and gzip.
# Usage: scripts/bundle-size.sh [dist-dir]
set -euo pipefail

dist="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/dist}"

raw_bytes() { cat "$@" | wc -c; }
# Each file is gzipped on its own, as a server would send it.
gzip_bytes() {
  local total=0 file
  for file in "$@"; do total=$((total + $(gzip -9 -c "$file" | wc -c))); done
  echo "$total"
}

wasm=("$dist"/*.wasm)
mapfile -t js < <(find "$dist" -name '*.js' | sort)

row() { printf '%-6s %5s %12s %12s\n' "$@"; }
wasm_raw=$(raw_bytes "${wasm[@]}") wasm_gz=$(gzip_bytes "${wasm[@]}")
js_raw=$(raw_bytes "${js[@]}") js_gz=$(gzip_bytes "${js[@]}")
echo "Web bundle ($dist):"
row kind files "raw bytes" "gzip bytes"
row wasm "${#wasm[@]}" "$wasm_raw" "$wasm_gz"
row js "${#js[@]}" "$js_raw" "$js_gz"
row total $((${#wasm[@]} + ${#js[@]})) $((wasm_raw + js_raw)) $((wasm_gz + js_gz))
