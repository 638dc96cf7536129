import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SeedEntry } from '../../entrypoints/e2e-bridge/seed-library';
import { sampleArticle } from '../fixtures/db/test-database';
import { expectNoSeriousAxeViolations } from './support/axe';
import { ExtensionHarness } from './support/extension-harness';
import { PROJECT_DIR } from './support/paths';

/** Screenshots the README shows (German UI, the seed article): committed under docs/screenshots/. */
const SCREENSHOT_DIR = join(PROJECT_DIR, 'docs', 'screenshots');

let harness: ExtensionHarness;
let seedId: string;

function entry(slug: string, overrides: Partial<SeedEntry> & { title: string; text: string }): SeedEntry {
  const { title, text, ...rest } = overrides;
  return {
    article: sampleArticle({
      title,
      text,
      canonicalUrl: `https://beispiel.example/${slug}`,
      siteName: 'Beispiel-Magazin',
      authors: ['Anna Beispiel'],
      author: 'Anna Beispiel',
      published: '2021-03-15',
    }),
    pageUrl: `https://beispiel.example/${slug}`,
    ...rest,
  };
}

const LIBRARY: SeedEntry[] = [
  entry('datenschutz', {
    title: 'Datenschutz in der Kinder- und Jugendhilfe',
    text: 'Die DSGVO gilt auch für freie Träger. Fachkräfte müssen Einwilligungen dokumentieren.',
    tags: ['Datenschutz', 'Kinder- und Jugendhilfe'],
    status: 'reading',
    pageNote: 'Für die Teamsitzung im März.',
  }),
  entry('onlineberatung', {
    title: 'Onlineberatung: Chat, Mail und Video',
    text: 'Beratung per Chat erreicht junge Menschen. Die Qualitätsstandards sind dieselben.',
    tags: ['Onlineberatung'],
    status: 'read',
    highlights: [{ start: 0, end: 8, colour: 'yellow', note: 'Zitat für den Förderantrag' }],
  }),
  entry('ki-pflege', {
    title: 'Künstliche Intelligenz in der Pflege',
    text: 'Assistenzsysteme entlasten die Dokumentation. Ethische Fragen bleiben offen.',
    tags: ['KI', 'Pflege'],
  }),
];

async function bridgeSeed(entries: SeedEntry[]): Promise<string[]> {
  const bridge = await harness.bridge();
  return bridge.evaluate((seed) => window.randnotizE2e.seedLibrary(seed), entries);
}

async function openPanel(hash = '#/library'): Promise<Page> {
  const page = await harness.openPanel(hash);
  await page.locator('[data-testid="library-summary"], .settings').first().waitFor();
  return page;
}

async function titles(page: Page): Promise<string[]> {
  return page.locator('.article-item__link').allTextContents();
}

async function screenshot(page: Page, name: string): Promise<void> {
  const path = await harness.screenshot(page, name);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  copyFileSync(path, join(SCREENSHOT_DIR, `${name}.png`));
}

beforeAll(async () => {
  harness = await ExtensionHarness.start(undefined, { uiLanguage: 'de-DE' });
  const seedPage = await harness.openPage(harness.server.fixtureUrl('seed-sozial-pr'));
  // The seed page goes through the real extraction path; the library then stores it as the clip flow does.
  const clipped = await harness.clip(seedPage);
  if (!('ok' in clipped) || !clipped.ok)
    throw new Error(`Clipping the seed page failed: ${JSON.stringify(clipped)}`);
  [seedId] = (await bridgeSeed([{ article: clipped.article, pageUrl: seedPage.url() }])) as [string];
  await seedPage.close();
  await bridgeSeed(LIBRARY);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('side panel library (German UI)', () => {
  test('lists every article with site, authors, German date, tags, status and highlight count', async () => {
    const page = await openPanel();
    await expect.poll(() => titles(page)).toHaveLength(4);
    expect(await page.locator('h1').textContent()).toBe('Bibliothek');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    const seed = page.locator(`[data-article-id="${seedId}"]`);
    await expect.poll(() => seed.textContent()).toContain('2. Juli 2019');
    await expect.poll(() => seed.textContent()).toContain('Christian Müller');
    await expect.poll(() => seed.locator('.status').textContent()).toContain('Ungelesen');
    const beratung = page.locator('.article-item', { hasText: 'Onlineberatung: Chat' });
    await expect.poll(() => beratung.textContent()).toContain('1 Markierung');
    await expect.poll(() => beratung.locator('.tag').allTextContents()).toEqual(['Onlineberatung']);
    await expect.poll(() => page.getByTestId('library-summary').textContent()).toBe('4 Artikel');
    await screenshot(page, 'library-light');
    await page.close();
  });

  test('finds “Sätze” and “Fachkräfte” when searched as “Saetze” and “Fachkraefte”, and notes by their words', async () => {
    const page = await openPanel();
    const search = page.getByRole('searchbox', { name: 'Bibliothek durchsuchen' });
    await search.fill('Fachkraefte');
    await expect
      .poll(() => titles(page), { timeout: 20_000 })
      .toEqual(['Datenschutz in der Kinder- und Jugendhilfe']);
    await search.fill('Saetze');
    await expect
      .poll(() => titles(page), { timeout: 20_000 })
      .toEqual(['Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt']);
    await expect.poll(() => page.getByTestId('library-summary').textContent()).toBe('1 Treffer');
    await expect.poll(() => page.locator('[data-live="polite"]').textContent()).toBe('1 Treffer');
    await screenshot(page, 'library-search');

    await search.fill('foerderantrag');
    await expect.poll(() => titles(page)).toEqual(['Onlineberatung: Chat, Mail und Video']);
    await search.fill('Teamsitz');
    await expect.poll(() => titles(page)).toEqual(['Datenschutz in der Kinder- und Jugendhilfe']);
    await search.press('Escape');
    await expect.poll(() => titles(page)).toHaveLength(4);
    await page.close();
  });

  test('sorts by title and by publication date, and filters by tag, status, site and year', async () => {
    const page = await openPanel();
    await expect.poll(() => titles(page)).toHaveLength(4);
    await page.getByLabel('Sortierung').selectOption({ label: 'Titel A–Z' });
    await expect
      .poll(() => titles(page))
      .toEqual([
        'Datenschutz in der Kinder- und Jugendhilfe',
        'Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt',
        'Künstliche Intelligenz in der Pflege',
        'Onlineberatung: Chat, Mail und Video',
      ]);
    await page.getByLabel('Sortierung').selectOption({ label: 'Älteste Veröffentlichung' });
    await expect
      .poll(async () => (await titles(page))[0])
      .toBe('Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt');

    await page.locator('.filters__summary').click();
    await page.getByLabel('Schlagwort').selectOption('Pflege');
    await expect.poll(() => titles(page)).toEqual(['Künstliche Intelligenz in der Pflege']);
    await page.getByLabel('Schlagwort').selectOption('');
    await page.getByLabel('Status').selectOption({ label: 'Gelesen' });
    await expect.poll(() => titles(page)).toEqual(['Onlineberatung: Chat, Mail und Video']);
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.getByLabel('Jahr').selectOption('2019');
    await expect
      .poll(() => titles(page))
      .toEqual(['Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt']);
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await page.getByLabel('Website').selectOption('Beispiel-Magazin');
    await expect.poll(() => titles(page)).toHaveLength(3);
    await page.close();
  });

  test('shows an article clipped elsewhere at once, searchable, and opens it in the reader by keyboard', async () => {
    const page = await openPanel();
    await expect.poll(() => titles(page)).toHaveLength(4);
    const [barrierefreiheitId] = await bridgeSeed([
      entry('barrierefreiheit', {
        title: 'Barrierefreiheit in Beratungsstellen',
        text: 'Leichte Sprache und Gebärdensprache öffnen Türen.',
      }),
    ]);
    await expect.poll(() => titles(page)).toHaveLength(5);
    const search = page.getByRole('searchbox', { name: 'Bibliothek durchsuchen' });
    await search.fill('gebaerdensprache');
    await expect
      .poll(() => titles(page), { timeout: 20_000 })
      .toEqual(['Barrierefreiheit in Beratungsstellen']);
    await search.press('Tab');
    // Tab order: clear button, sort, filters, then the first article link.
    for (let step = 0; step < 6; step += 1) {
      if ((await page.evaluate(() => document.activeElement?.className)) === 'article-item__link') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/article/${barrierefreiheitId}`);
    await page.goBack();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(`article-link-${barrierefreiheitId}`);
    expect(await search.inputValue()).toBe('gebaerdensprache');
    await page.close();
  });

  test('keeps the search index in the database, covering every article, for the next start', async () => {
    await expect
      .poll(
        async () => {
          // The index's document table (`d/…` pieces, see utils/search/index-pieces): one live id per article.
          const rows = await harness.readIndexedDb<{ key: string; piece: { ids?: (string | null)[] } }>(
            'randnotiz',
            'searchIndex',
          );
          return rows
            .filter((row) => row.key.startsWith('d/'))
            .flatMap((row) => row.piece.ids ?? [])
            .filter((id) => id !== null).length;
        },
        { timeout: 15_000 },
      )
      .toBe(5);
  });

  test.each(['light', 'dark'] as const)(
    'library and settings pass axe-core in the %s theme',
    async (theme) => {
      const page = await openPanel();
      await page.emulateMedia({ colorScheme: theme });
      await expect.poll(() => titles(page)).toHaveLength(5);
      await page.locator('.filters__summary').click();
      await expectNoSeriousAxeViolations(page);
      if (theme === 'dark') await screenshot(page, 'library-dark');
      await page.evaluate(() => (location.hash = '#/settings'));
      await page.locator('.settings h1').waitFor();
      await expect.poll(() => page.getByTestId('storage-persistence').textContent()).not.toContain('geprüft');
      await expectNoSeriousAxeViolations(page);
      await screenshot(page, `settings-${theme}`);
      await page.close();
    },
  );
});
