# Quick start: `make run` (desktop app) and `make test` (the whole suite); each installs what is
# missing first. Also `make dist` (web build into dist/) and `make serve` (dist/ on 127.0.0.1).
# CARGO_TARGET_DIR and FRESH_LEGS_TOOLS_DIR are taken from the environment when set.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8765

.PHONY: run test dist serve rust

run: rust
	scripts/ensure-system-packages.sh desktop
	cargo run --release --features desktop

# build-web.sh installs the web tools (wasm target, wasm-bindgen-cli, npm packages) when missing.
test: rust
	scripts/ensure-system-packages.sh test
	cargo test
	scripts/build-web.sh
	node --test --test-reporter=spec tests/e2e/*.test.mjs

dist: rust
	scripts/build-web.sh

serve: dist
	node scripts/serve-dist.mjs $(PORT)

# Rust itself comes from rustup (https://rustup.rs); everything else is installed by the scripts.
rust:
	@command -v cargo >/dev/null || { echo "Rust is missing: install it from https://rustup.rs, then run make again." >&2; exit 1; }
