# Quick start: `make run` (desktop app) and `make test` (the whole suite); each installs what is
# missing first. Also `make install` / `make uninstall` (the desktop app in the launcher, for
# this user), `make desktop-smoke` (the desktop app driven under a virtual X server),
# `make dist` (web build into dist/), `make serve` (dist/ on 127.0.0.1),
# `make bench` (benchmarks against baselines measured in the same run) and `make mutants` (the
# rule engine's mutation check).
# CARGO_TARGET_DIR and FRESH_LEGS_TOOLS_DIR are taken from the environment when set.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8765

.PHONY: run install uninstall desktop-smoke test dist serve bench screenshot screenshots mutants rust

run: rust
	scripts/ensure-system-packages.sh desktop
	cargo run --release --features desktop

# The release build into ~/.local/bin, its icon and a launcher entry (checked with
# desktop-file-validate) into ~/.local/share; no root needed. `make uninstall` keeps the data.
install: rust
	scripts/ensure-system-packages.sh desktop install
	cargo build --release --features desktop
	scripts/install-desktop.sh "$${CARGO_TARGET_DIR:-target}/release/fresh-legs"

uninstall:
	scripts/install-desktop.sh --uninstall

# The desktop build driven as a person would, under Xvfb with xdotool (tests/desktop/): the
# sentence without a display, a race typed at 40 ms a key and saved, Ctrl+Q, what it wrote
# where, and the install script. About 15 s once built; not in `make test`, which builds no
# desktop app (a cold desktop build takes 5 to 9 minutes on 2 cores); CI runs it after its
# desktop build.
desktop-smoke: rust
	scripts/ensure-system-packages.sh desktop smoke install
	cargo build --features desktop
	tests/desktop/no-display.sh "$${CARGO_TARGET_DIR:-target}/debug/fresh-legs"
	tests/desktop/smoke.sh "$${CARGO_TARGET_DIR:-target}/debug/fresh-legs"
	tests/desktop/install.sh "$${CARGO_TARGET_DIR:-target}/debug/fresh-legs"

# build-web.sh installs the web tools (wasm target, wasm-bindgen-cli, npm packages) when missing.
# The browser tests run two files at a time, then alone the ones that time real work (the script
# says which and why).
test: rust
	scripts/ensure-system-packages.sh test
	cargo test
	scripts/build-web.sh
	scripts/browser-tests.sh

dist: rust
	scripts/build-web.sh

serve: dist
	node scripts/serve-dist.mjs $(PORT)

# Measures the app against a Dioxus hello world and a reference workload in the same run and
# prints one table (see BENCHMARKS.md). BENCH_SKIP_DESKTOP=1 leaves the desktop builds out.
bench: rust
	scripts/bench.sh

# Retakes docs/screenshot-desktop.png from the release desktop build under Xvfb.
screenshot: rust
	scripts/ensure-system-packages.sh desktop screenshots
	cargo build --release --features desktop
	node scripts/screenshot-desktop.mjs "$${CARGO_TARGET_DIR:-target}/release/fresh-legs"

# Retakes the phone screenshots in docs/screenshots/ (player, Today, Log, Aromatherapy at 390×844,
# light and dark) from the web build, in the browser tests' Chromium on a fixed clock and data.
screenshots: dist
	scripts/ensure-system-packages.sh test
	node scripts/screenshots-phone.mjs docs/screenshots

# The mutation check of the rule engine, about an hour on 2 cores; not part of CI (BENCHMARKS.md).
mutants: rust
	scripts/mutants.sh

# Rust itself comes from rustup (https://rustup.rs); everything else is installed by the scripts.
rust:
	@command -v cargo >/dev/null || { echo "Rust is missing: install it from https://rustup.rs, then run make again." >&2; exit 1; }
