#!/usr/bin/env bash
# Runs every suite (the README's test command, `npm test`): production builds and their checks, the unit suite,
# the end-to-end suite in Debian's Chromium. Each vitest suite also writes a JSON report to test-results/; the
# last line is the total over everything, "N passed, N failed", and the exit status is non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

RESULTS_DIR=test-results
mkdir -p "$RESULTS_DIR"
passed=0
failed=0

# A step that is not a vitest suite counts as one test.
check() {
  local label=$1
  shift
  echo "── $label"
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "FAILED: $label" >&2
    failed=$((failed + 1))
  fi
}

# Adds a vitest JSON report to the totals; a suite that crashed before writing one counts as one failure.
vitest_suite() {
  local label=$1 report="$RESULTS_DIR/$2.json"
  shift 2
  echo "── $label"
  rm -f "$report"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report"
  local status=$?
  local counts
  # stderr is not captured: the skipped-tests warning reaches the log.
  if [ -f "$report" ] && counts=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const skipped = r.numPendingTests + r.numTodoTests;
    if (skipped) console.error(`${skipped} skipped or todo tests in ${process.argv[1]}`);
    // A run that failed outside any test (setup, an unhandled error) still counts as a failure.
    console.log(r.numPassedTests, r.numFailedTests + (r.success || r.numFailedTests ? 0 : 1));
  ' "$report"); then
    read -r p f <<<"$counts"
    passed=$((passed + p))
    failed=$((failed + f))
  else
    echo "FAILED: $label wrote no report (exit $status)" >&2
    failed=$((failed + 1))
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

check "typecheck, lint and format (npm run check)" npm run --silent check
check "build: Chrome (MV3)" npx wxt build
check "build: Firefox (MV2)" npx wxt build -b firefox
check "production builds request no host permissions and hold no test page" production_manifest_is_clean
check "web-ext lint on the Firefox build reports no errors" firefox_lint_is_clean
vitest_suite "unit tests" unit
vitest_suite "end-to-end tests (Chromium)" e2e --config vitest.e2e.config.ts

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
