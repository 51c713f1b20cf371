#!/usr/bin/env bash
# The mutation check (.cargo/mutants.toml says what is mutated and which reviewed survivors are
# accepted): cargo-mutants changes the code one small edit at a time and runs the core and store
# tests against each; a change no test notices is a gap in the tests. Exits non-zero when any
# mutant outside the accepted list survives.
#
#   scripts/mutants.sh                 every mutant (make mutants; several hours on 2 cores)
#   scripts/mutants.sh --iterate       again, only the ones the last run did not catch
#   scripts/mutants.sh --in-diff REV   only the mutants in the lines changed since REV (CI), at most
#                                      MUTANTS_BUDGET of them (default 10), spread over the diff
# The committed code is copied into a throwaway clone and mutated there, so the working tree is
# never touched and the dependencies already built in CARGO_TARGET_DIR are reused.
# Results: $CARGO_TARGET_DIR/mutants/mutants.out (missed.txt, caught.txt, outcomes.json).
set -euo pipefail
cd "$(dirname "$0")/.."

MUTANTS_VERSION=27.1.0
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
tools="${FRESH_LEGS_TOOLS_DIR:-$HOME/.cache/fresh-legs/tools}"
export PATH="$tools/bin:$PATH"
if [[ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $MUTANTS_VERSION" ]]; then
  cargo install cargo-mutants --locked --version "$MUTANTS_VERSION" --root "$tools"
fi

out="$CARGO_TARGET_DIR/mutants"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
git clone -q . "$work/tree"

args=(--in-place --no-shuffle --build-timeout 900 --output "$out")
if [[ "${1:-}" == "--in-diff" ]]; then
  base="${2:?--in-diff needs the revision to compare with}"
  if ! git rev-parse -q --verify "$base^{commit}" >/dev/null; then
    echo "This clone has no $base to compare with: no mutants to test."
    exit 0
  fi
  git diff "$base" HEAD -- src >"$work/changes.diff"
  cd "$work/tree"
  count=$(cargo mutants --list --in-diff "$work/changes.diff" | wc -l)
  budget="${MUTANTS_BUDGET:-10}"
  echo "Mutants in the lines changed since $base: $count (testing at most $budget)"
  [[ "$count" -eq 0 ]] && exit 0
  shards=$(((count + budget - 1) / budget))
  # The dev profile, so the dependencies `cargo test` built are reused as they are; the baseline
  # is skipped, as the suite has just passed.
  exec cargo mutants "${args[@]}" --in-diff "$work/changes.diff" \
    --shard "0/$shards" --sharding round-robin --baseline skip --timeout 240
fi
cd "$work/tree"
exec cargo mutants "${args[@]}" --profile mutants "$@"
