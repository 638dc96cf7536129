import { test as base } from 'vitest';
import { ExtensionHarness } from './extension-harness';

/**
 * `test` with an `extension` fixture: one Chromium per test file, started on first use and closed after the
 * file's last test. Use as `test('…', async ({ extension }) => …)`.
 */
// Vitest reads a fixture's dependencies from its destructuring pattern, so the empty `{}` must stay.
// eslint-disable-next-line no-empty-pattern
export const test = base.extend('extension', { scope: 'file' }, async ({}, { onCleanup }) => {
  const harness = await ExtensionHarness.start();
  onCleanup(() => harness.close());
  return harness;
});

export { describe, expect } from 'vitest';
