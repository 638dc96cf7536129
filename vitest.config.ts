import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** Ten minutes: far beyond what any unit test needs even at a load of 8 on two cores. */
const HANG_LIMIT_MS = 600_000;

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    // wxt 0.21.0 ships its fake browser under this path only.
    alias: [{ find: /^wxt\/testing$/, replacement: 'wxt/testing/fake-browser' }],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // Hang detectors only, never a performance budget: a test that is merely slow on a loaded CI machine (two
    // cores shared with other work) must still pass. Speed is measured by the benchmarks (`npm run bench…`).
    testTimeout: HANG_LIMIT_MS,
    hookTimeout: HANG_LIMIT_MS,
    teardownTimeout: HANG_LIMIT_MS,
    pool: 'threads',
  },
});
