#!/usr/bin/env bash
# The browser tests (tests/e2e) against the web build in dist/: two files at a time, then the
# files that time real work one at a time, so nothing else shares the machine while they measure.
#
# Usage: scripts/browser-tests.sh [FILE...]   the given test files, else every one
#
# This way the 98 tests took 7 min 24 s where one at a time took 9 min 44 s on this 2-core machine
# (BENCHMARKS.md, "The test suite's time"); three at a time is no faster and stretched the desktop
# axe checks past two minutes. The limit is per file and only keeps a hung page from
# holding CI: the slowest file, the desktop axe checks, takes about 100 s when it shares the
# machine.
set -euo pipefail
cd "$(dirname "$0")/.."

# The drift, frozen-page and player checks compare the screen with the wall clock; the training
# import's measures how long the page waits while a worker reads a slow file (it waited 809 ms,
# over its 500 ms limit, when another file's browser shared the machine).
REAL_TIME=(tests/e2e/background.test.mjs tests/e2e/timers.test.mjs tests/e2e/training.test.mjs)

files=("$@")
[[ ${#files[@]} -eq 0 ]] && files=(tests/e2e/*.test.mjs)
shared=() alone=()
for file in "${files[@]}"; do
  if [[ " ${REAL_TIME[*]} " == *" $file "* ]]; then alone+=("$file"); else shared+=("$file"); fi
done

# Both groups run whatever the first gave, so one run reports every failure.
failed=0
run() {
  local concurrency="$1"
  shift
  [[ $# -eq 0 ]] && return 0
  node --test --test-concurrency="$concurrency" --test-timeout=300000 --test-reporter=spec "$@" || failed=1
}
run 2 "${shared[@]}"
run 1 "${alone[@]}"
exit "$failed"
