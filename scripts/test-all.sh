#!/usr/bin/env bash
# Runs every suite (the README's test command, `npm test`): production builds and their checks, the unit suite,
# the end-to-end suite in Debian's Chromium. Each vitest suite also writes a JSON report to test-results/; the
# last line is the total over everything, "N passed, N failed", and the exit status is non-zero if anything failed.
# That line is printed in every case: a step that fails, crashes, hangs or is killed counts as failed, and so does
# this script being interrupted. A skipped or todo test counts as failed too: tests are real or absent.
set -uo pipefail
cd "$(dirname "$0")/.."

RESULTS_DIR=test-results
# The running totals ("passed failed"), rewritten after every step, and "passed failed printed" once the totals line
# is out: `.ci/run` prints them itself if this script dies without that line.
TOTALS_FILE="$RESULTS_DIR/totals"
# Hang detectors, never performance budgets: far above what each step needs on a loaded machine (the unit suite
# took 11 minutes at load 10 on two cores), yet together short of CI's 90 minutes, so that a hung step still
# leaves time for the totals line. Overridable for trying the detectors out.
STEP_HANG_LIMIT=${STEP_HANG_LIMIT:-15m}
UNIT_HANG_LIMIT=${UNIT_HANG_LIMIT:-45m}
E2E_HANG_LIMIT=${E2E_HANG_LIMIT:-35m}

mkdir -p "$RESULTS_DIR"
passed=0
failed=0
# Process group of the step now running (its `timeout`, which leads a group of its own), for the signal trap.
step_group=

record() {
  passed=$((passed + $1))
  failed=$((failed + $2))
  echo "$passed $failed" >"$TOTALS_FILE"
}

summary() {
  echo "$passed passed, $failed failed"
  echo "$passed $failed printed" >"$TOTALS_FILE"
}

on_signal() {
  trap - INT TERM
  echo "FAILED: interrupted by SIG$1" >&2
  [ -n "$step_group" ] && kill -TERM -- "-$step_group" 2>/dev/null
  record 0 1
  summary
  exit 1
}
trap 'on_signal INT' INT
trap 'on_signal TERM' TERM

# Runs a command under a hang limit, in the background so that a signal reaches the trap at once.
bounded() {
  local limit=$1
  shift
  timeout --kill-after=60s "$limit" "$@" </dev/null &
  step_group=$!
  wait "$step_group"
  local status=$?
  step_group=
  [ "$status" -eq 124 ] && echo "FAILED: still running after $limit (hang detector): $*" >&2
  return "$status"
}

# A step that is not a vitest suite counts as one test.
check() {
  local label=$1
  shift
  echo "── $label"
  if bounded "$STEP_HANG_LIMIT" "$@"; then
    record 1 0
  else
    echo "FAILED: $label" >&2
    record 0 1
  fi
}

# Adds a vitest JSON report to the totals; a suite that crashed, hung or was killed before writing one counts as
# one failure, and a run that failed outside any test (setup, an unhandled error) adds one.
vitest_suite() {
  local label=$1 report="$RESULTS_DIR/$2.json" limit=$3
  shift 3
  echo "── $label"
  rm -f "$report"
  bounded "$limit" npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report"
  local status=$?
  local counts
  if [ -f "$report" ] && counts=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    if (skipped) console.error(`FAILED: ${skipped} skipped or todo tests in ${process.argv[1]}, counted as failed`);
    const outside = r.success || r.numFailedTests || skipped ? 0 : 1;
    console.log(r.numPassedTests, r.numFailedTests + skipped + outside);
  ' "$report"); then
    read -r p f <<<"$counts"
    # A suite that wrote its report and then hung or was killed (exit status) still fails.
    if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
      echo "FAILED: $label exited with status $status after a clean report" >&2
      f=1
    fi
    record "$p" "$f"
  else
    echo "FAILED: $label wrote no report (exit $status)" >&2
    record 0 1
  fi
}

firefox_lint_is_clean() {
  npx web-ext lint --source-dir .output/firefox-mv2 --output json --no-input >"$RESULTS_DIR/web-ext-lint.json" 2>/dev/null
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const e of r.errors) console.error(`web-ext lint: ${e.code} ${e.message} ${e.file ?? ""}`);
    console.log(`web-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings`);
    process.exit(r.summary.errors ? 1 : 0);
  ' "$RESULTS_DIR/web-ext-lint.json"
}

production_manifest_is_clean() {
  node -e '
    const fs = require("fs");
    for (const dir of [".output/chrome-mv3", ".output/firefox-mv2"]) {
      const m = JSON.parse(fs.readFileSync(`${dir}/manifest.json`, "utf8"));
      const hosts = [...(m.host_permissions ?? []), ...(m.permissions ?? []).filter((p) => p.includes("://") || p === "<all_urls>")];
      if (hosts.length) throw new Error(`${dir} requests host permissions: ${hosts}`);
      if (fs.existsSync(`${dir}/e2e-bridge.html`)) throw new Error(`${dir} contains the e2e bridge page`);
    }
  '
}

# `timeout` runs commands, not shell functions: the two checks above run in a child bash.
export RESULTS_DIR
export -f firefox_lint_is_clean production_manifest_is_clean

record 0 0
check "typecheck, lint and format (npm run check)" npm run --silent check
check "build: Chrome (MV3)" npx wxt build
check "build: Firefox (MV2)" npx wxt build -b firefox
check "production builds request no host permissions and hold no test page" bash -c production_manifest_is_clean
check "web-ext lint on the Firefox build reports no errors" bash -c firefox_lint_is_clean
vitest_suite "unit tests" unit "$UNIT_HANG_LIMIT"
vitest_suite "end-to-end tests (Chromium)" e2e "$E2E_HANG_LIMIT" --config vitest.e2e.config.ts

summary
[ "$failed" -eq 0 ]
