#!/usr/bin/env bash
# Writes tests/fixtures/zones.json again from chrono-tz: what the browser test
# tests/e2e/zones.test.mjs holds the web build's browser time zones (Temporal or Intl) against.
# Run it after a chrono-tz update, when `cargo test --test core zone_fixture` says the fixture is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
FRESH_LEGS_WRITE_ZONE_FIXTURE=1 cargo test --test core zone_fixture
