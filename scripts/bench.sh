#!/usr/bin/env bash
# `make bench`: measures Fresh Legs against baselines built and run in the same run, and prints
# one table (benches/report.mjs). Timings are shown as ratios, because these machines are shared
# and noisy; CI holds only the deterministic bundle ratio (scripts/bundle-size.mjs).
#
# Steps: web builds of the app and the Dioxus hello world; bundle sizes; start-up and timer drift
# in headless Chromium; the Races screen with a heavy season; every screen's switch and the
# forms' key latency at a 4x CPU throttle for the typical and the heavy runner; DOM changes per
# tick from the component tests; criterion benchmarks of the core, the store and the training
# import (with issue 31's two hostile FIT files, timed and their peak memory counted); the same
# import of 1,040 activities in Chromium; release desktop builds of both apps, timed from launch
# to first paint under Xvfb. Set BENCH_SKIP_DESKTOP=1 to leave the (slow to build) desktop part
# out.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
out="$target_dir/bench"
rm -rf "$out"
mkdir -p "$out"

groups=(test)
[ "${BENCH_SKIP_DESKTOP:-}" = 1 ] || groups+=(desktop screenshots)
scripts/ensure-system-packages.sh "${groups[@]}"

echo "== Web builds (app and hello world, same profile and tools)"
scripts/build-web.sh
scripts/build-web.sh hello-world "$out/hello-dist"
node scripts/bundle-size.mjs dist --json >"$out/bundle-app.json"
node scripts/bundle-size.mjs "$out/hello-dist" --json >"$out/bundle-hello.json"

echo "== Start-up and timer drift in Chromium"
node benches/web.mjs dist "$out/hello-dist" >"$out/web.json"

echo "== Races with a heavy season (500 races, 2,000 log entries) against 10 races"
node benches/races.mjs dist >"$out/races.json"

echo "== Every screen and the forms' keys at a 4x CPU throttle, typical and heavy runner"
node benches/screens.mjs dist >"$out/screens.json"

echo "== DOM changes per tick"
cargo test --test ui -- --nocapture timers:: races_ticks:: 2>&1 | grep "render cost" >"$out/render.txt"

echo "== Core, store and training import (criterion)"
FRESH_LEGS_BENCH_EXPORT="$out/export-1040.zip" cargo bench --bench core --bench store --bench training 2>&1 |
  tee "$out/criterion.txt"

echo "== Importing the same 1,040 activities in Chromium"
node benches/import.mjs dist "$out/export-1040.zip" >"$out/import.json"

if [ "${BENCH_SKIP_DESKTOP:-}" != 1 ]; then
  echo "== Desktop builds (release) and launch to first paint"
  cargo build --release --features desktop
  cargo build --release --package hello-world --features desktop
  node benches/desktop.mjs "$target_dir/release/fresh-legs" "$target_dir/release/hello-world" >"$out/desktop.json"
fi

echo
node benches/report.mjs "$out" "$target_dir/criterion" | tee "$out/report.md"
