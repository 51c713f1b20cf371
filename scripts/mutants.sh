#!/usr/bin/env bash
# The mutation check of the rule engine (not part of CI; see BENCHMARKS.md, "Mutation check"):
# cargo-mutants changes the phases, today and the season plan one small edit at a time and runs
# the rule tests against each change; a change no test notices is a gap in the tests.
#
# Bounded to about an hour on 2 cores: three files, only the core rule tests (the UI tests build
# the whole app again for every mutant), 60 s per test run. The committed code is copied into a
# throwaway clone and mutated there in place, so the working tree is never touched and the
# dependencies already built in CARGO_TARGET_DIR are reused.
#
#   scripts/mutants.sh              every mutant of the three files
#   scripts/mutants.sh --iterate    only the ones the last run did not catch
# Results: $CARGO_TARGET_DIR/mutants/mutants.out (missed.txt, caught.txt, outcomes.json).
set -euo pipefail
cd "$(dirname "$0")/.."

MUTANTS_VERSION=27.1.0
if [[ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $MUTANTS_VERSION" ]]; then
  cargo install cargo-mutants --locked --version "$MUTANTS_VERSION"
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
out="$CARGO_TARGET_DIR/mutants"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q . "$work/tree"

rule_tests=(core_plan core_plan_budget core_plan_test_session core_properties core_season core_spacing
  core_today core_today_budget core_today_care core_today_distance core_today_race_day core_check_ins
  core_follow_up core_red_flags core_race core_race_edges core_plan_injuries core_calendar)
test_args=()
for name in "${rule_tests[@]}"; do test_args+=(--test "$name"); done

cd "$work/tree"
cargo mutants --in-place --no-shuffle --profile mutants --timeout 60 --build-timeout 300 --output "$out" \
  --file src/core/recommend/phase.rs --file src/core/recommend/today.rs --file src/core/recommend/plan.rs \
  "$@" -- "${test_args[@]}"
