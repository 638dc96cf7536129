import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ExtensionHarness } from '../../../tests/e2e/support/extension-harness';
import { FIXTURES_DIR } from '../../../tests/support/shared-data';
import { openPanelPage, waitInPage } from './panel-pages';

export interface ClipFigures {
  stored: number[];
  /** Clip stored → the open panel's search for a word of its title shows it. */
  indexUpdate: number[];
  bare: number[];
  outcomes: string[];
}

/** A fixture with a word of its title that nothing else in the library holds, found by a dry extraction. */
interface ClipTarget {
  name: string;
  word: string | null;
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

const titleWord = (title: string): string | null =>
  title
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 7)
    .sort((a, b) => b.length - a.length)[0] ?? null;

/** Extracts each fixture once (nothing stored) to learn a distinctive word of the title it will be stored under. */
export async function clipTargets(harness: ExtensionHarness): Promise<ClipTarget[]> {
  const targets: ClipTarget[] = [];
  for (const name of fixtureNames()) {
    const page = await harness.openPage(harness.server.fixtureUrl(name));
    const result = await harness.clip(page);
    await page.close();
    const title = 'ok' in result && result.ok ? result.article.title : '';
    targets.push({ name, word: titleWord(title) });
  }
  return targets;
}

async function clipOnce(harness: ExtensionHarness, panel: Page, target: ClipTarget, figures: ClipFigures) {
  const bridge = await harness.bridge();
  const source = await harness.openPage(harness.server.fixtureUrl(target.name));
  const tabId = await harness.tabIdOf(source);
  const searching = target.word !== null;
  if (searching) {
    await panel.evaluate((word) => window.scaleProbes!.typeSearch(word), target.word!);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  // Only a search that shows nothing before the clip can tell when the clip became findable.
  const before = searching ? await panel.evaluate(() => window.scaleProbes!.rowIds().length) : 1;
  const shown =
    before === 0
      ? panel.evaluate(() =>
          window
            .scaleProbes!.waitFor(() => window.scaleProbes!.rowIds().length > 0, 20_000)
            .then(() => Date.now()),
        )
      : null;
  const clip = await bridge.evaluate((id) => window.randnotizE2e.benchScale.clipTimed(id), tabId);
  const code = /"code":"([^"]+)"/.exec(clip.outcome)?.[1] ?? clip.outcome;
  figures.outcomes.push(`${target.name}: ${clip.articleId ? 'stored' : code}`);
  if (clip.articleId) figures.stored.push(clip.ms);
  const shownAt = await shown?.catch(() => null);
  if (clip.articleId && shownAt) figures.indexUpdate.push(shownAt - clip.storedAt);
  figures.bare.push(
    await bridge.evaluate(([id, url]) => window.randnotizE2e.benchScale.bareClipTimed(id, url), [
      tabId,
      source.url(),
    ] as const),
  );
  if (clip.articleId)
    await bridge.evaluate((id) => window.randnotizE2e.benchScale.removeArticle(id), clip.articleId);
  await source.close();
}

/**
 * Clips every fixture through the panel's "Save this page" path with a library panel open (as a reader would
 * have it), then removes the article again so the library stays as seeded. The reference is measured on the same
 * tab right after: a trivial script in the tab plus the repository save.
 */
export async function clipWithPanelOpen(
  harness: ExtensionHarness,
  targets: readonly ClipTarget[],
): Promise<ClipFigures> {
  const figures: ClipFigures = { stored: [], indexUpdate: [], bare: [], outcomes: [] };
  const panel = await openPanelPage(harness, '#/library');
  try {
    await waitInPage(
      panel,
      () => document.querySelector('#library-search, input[type="search"]') !== null,
      null,
      600_000,
    );
    for (const target of targets) await clipOnce(harness, panel, target, figures);
  } finally {
    await panel.close();
  }
  return figures;
}
