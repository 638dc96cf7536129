import type { Page } from 'playwright-core';
import { describe, expect, test as base } from 'vitest';
import { copyWithoutUnlimitedStorage } from './support/build-extension';
import { ExtensionHarness } from './support/extension-harness';
import { shrinkExtensionQuota, snapshotLibrary, storedArticles } from './support/library-store';

/**
 * Chromium enforces no quota on an origin with `unlimitedStorage`, not even one set through DevTools, so this
 * file loads a copy of the e2e build whose manifest lacks it; everything else about that build is the same.
 */
// Vitest reads a fixture's dependencies from its destructuring pattern, so the empty `{}` must stay.
// eslint-disable-next-line no-empty-pattern
const test = base.extend('extension', { scope: 'file' }, async ({}, { onCleanup }) => {
  const copy = copyWithoutUnlimitedStorage();
  let harness: ExtensionHarness;
  try {
    harness = await ExtensionHarness.start(copy.dir);
  } catch (error) {
    copy.remove();
    throw error;
  }
  onCleanup(async () => {
    try {
      await harness.close();
    } finally {
      copy.remove();
    }
  });
  return harness;
});

/**
 * About 2 MB of article (text plus HTML) that does not compress: Chromium compresses IndexedDB values, so a
 * repeated sentence would shrink below any quota worth setting. Deterministic, so a failure reproduces.
 */
function largeArticle(): string {
  const syllables = [
    'ber',
    'a',
    'tung',
    'teil',
    'ha',
    'be',
    'recht',
    'sozi',
    'al',
    'ju',
    'gend',
    'hil',
    'fe',
    'kita',
  ];
  let state = 0x2545f491;
  const next = () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state >>> 8;
  };
  const word = () =>
    Array.from({ length: 2 + (next() % 3) }, () => syllables[next() % syllables.length]).join('');
  const paragraph = () => `<p>${Array.from({ length: 60 }, word).join(' ')} ${next().toString(36)}.</p>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ein sehr langer Bericht</title></head>
<body><article><h1>Ein sehr langer Bericht</h1>${Array.from({ length: 2_500 }, paragraph).join('\n')}</article></body></html>`;
}

describe('a full disk', () => {
  test('fails the clip with the quota message and leaves every store of the library exactly as it was', async ({
    extension,
  }) => {
    // Set before the library is first opened: Chromium caches an open database's free space while it suffices.
    // Room for the empty database with its indexes and the seed article, far too little for the ~2 MB report.
    const liftQuota = await shrinkExtensionQuota(extension, 768 * 1024);
    let large: Page | undefined;
    try {
      const seed = await extension.openPage(extension.server.fixtureUrl('seed-sozial-pr'));
      expect(await extension.saveTab(seed)).toMatchObject({ ok: true });
      await seed.close();
      large = await extension.openPage(extension.server.publish('langer-bericht.html', largeArticle()));
      const before = await snapshotLibrary(extension);
      expect(before.articles).toHaveLength(1);

      expect(await extension.saveTab(large)).toMatchObject({ ok: false, error: { code: 'storage-full' } });
      expect(await snapshotLibrary(extension)).toEqual(before);
      const tooltip = await toolbarTitle(extension, await extension.tabIdOf(large));
      expect(tooltip).toMatch(/Speicher ist voll|Storage is full/);
    } finally {
      await liftQuota();
    }

    if (!large) throw new Error('The large page never opened');
    // With room again, the same clip goes through: the failure left nothing half-written in the way.
    expect(await extension.saveTab(large)).toMatchObject({ ok: true, created: true });
    expect(await storedArticles(extension)).toHaveLength(2);
    await large.close();
  });
});

async function toolbarTitle(extension: ExtensionHarness, tabId: number): Promise<string> {
  const worker = await extension.serviceWorker();
  type WorkerScope = { chrome: { action: { getTitle(details: { tabId: number }): Promise<string> } } };
  return worker.evaluate(
    (id) => (globalThis as unknown as WorkerScope).chrome.action.getTitle({ tabId: id }),
    tabId,
  );
}
