#!/usr/bin/env bash
# Installs tests/e2e's npm packages (playwright-core, and binaryen for wasm-opt) with `npm ci`
# when node_modules is missing or package-lock.json changed since the last install.
set -euo pipefail

dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/e2e" && pwd)"
stamp="$dir/node_modules/.fresh-legs-lock.sha256"
lock_sum="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$lock_sum" ]; then
  exit 0
fi

echo "Installing npm packages in tests/e2e"
# Playwright must never download its own browsers: the tests drive the system Chromium.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$dir" --no-audit --no-fund
echo "$lock_sum" >"$stamp"
