import { defineConfig } from 'vitest/config';

/** Ten minutes per test or hook. */
const HANG_LIMIT_MS = 600_000;

/**
 * End-to-end suite: the e2e build of the extension in Debian's Chromium (see tests/e2e/README.md). One worker,
 * files one after another: each file starts its own browser, and parallel browsers on 2 CI cores only add noise.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/build-extension.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    // Hang detectors only (a browser that never answers), never a performance budget: on a loaded CI machine a
    // flow may take many times its idle duration and must still pass. Speed lives in `npm run bench…`.
    testTimeout: HANG_LIMIT_MS,
    hookTimeout: HANG_LIMIT_MS,
    teardownTimeout: HANG_LIMIT_MS,
  },
});
