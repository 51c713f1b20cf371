#!/usr/bin/env bash
# Writes tests/fixtures/training/season-to-week-12.zip again: the Strava-style export of the
# made-up season that the browser test tests/e2e/training.test.mjs imports. Run it after changing
# tests/support/season.rs or the test-side file writers, when `cargo test --test
# training_fixture` (in `cargo test --test core`) says the fixture is stale.
set -euo pipefail
cd "$(dirname "$0")/.."
FRESH_LEGS_WRITE_TRAINING_FIXTURE=1 cargo test --test core training_fixture
