import { defineConfig } from 'vitest/config';

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
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
