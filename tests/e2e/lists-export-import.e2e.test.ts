import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SeedEntry } from '../../entrypoints/e2e-bridge/seed-library';
import { sampleArticle } from '../fixtures/db/test-database';
import { expectNoSeriousAxeViolations } from './support/axe';
import { ExtensionHarness } from './support/extension-harness';
import { exportThroughPanel } from './support/panel-export';
import { storedArticles } from './support/library-store';

let harness: ExtensionHarness;
let ids: string[];

const LIST_NAME = 'Seminar Digitalisierung';

function entry(slug: string, title: string, author: string, extra: Partial<SeedEntry> = {}): SeedEntry {
  return {
    article: sampleArticle({
      title,
      author,
      authors: [author],
      canonicalUrl: `https://beispiel.example/${slug}`,
      siteName: 'Beispiel-Magazin',
      published: '2021-03-15',
    }),
    pageUrl: `https://beispiel.example/${slug}`,
    ...extra,
  };
}

const SEED: SeedEntry[] = [
  entry('datenschutz', 'Datenschutz in der Kinder- und Jugendhilfe', 'Anna Beispiel', {
    tags: ['Datenschutz'],
    pageNote: 'Für die Teamsitzung im März.',
    highlights: [
      { start: 0, end: 14, colour: 'yellow', note: 'Zitat für den Förderantrag' },
      { start: 40, end: 60, colour: 'green' },
    ],
  }),
  entry('onlineberatung', 'Onlineberatung: Chat, Mail und Video', 'Bernd Muster'),
  entry('ki-pflege', 'Künstliche Intelligenz in der Pflege', 'Clara Probe'),
];
const TITLES = SEED.map((seed) => seed.article.title);

const articleTitles = (panel: Page) => panel.locator('.lists-articles__title').allTextContents();

beforeAll(async () => {
  harness = await ExtensionHarness.start(undefined, { uiLanguage: 'de-DE' });
  ids = await harness.seedLibrary(SEED);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('reading lists, export and import in the side panel', () => {
  test('creates a list, adds three articles from the reader and reorders them by keyboard', async () => {
    const panel = await harness.openPanel('#/lists');
    await panel.getByLabel('Name der neuen Liste').fill(LIST_NAME);
    await panel.getByLabel('Beschreibung (optional)').first().fill('Literatur für das Wintersemester');
    await panel.getByRole('button', { name: 'Liste anlegen' }).click();
    await panel.getByRole('button', { name: new RegExp(`^${LIST_NAME}`) }).waitFor();

    // Two from the reader …
    for (const id of ids.slice(0, 2)) {
      await panel.evaluate((hash) => (window.location.hash = hash), `#/article/${id}`);
      await panel.locator('.add-to-list summary').click();
      const box = panel.getByRole('checkbox', { name: LIST_NAME });
      await box.check();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await harness.screenshot(panel, 'lists-reader-add-to-list');
    // … and one from its row in the library.
    await panel.evaluate(() => (window.location.hash = '#/library'));
    const row = panel.locator(`.article-item[data-article-id="${ids[2]}"]`);
    await row.locator('.add-to-list summary').click();
    await row.getByRole('checkbox', { name: LIST_NAME }).check();
    await expect.poll(() => row.getByRole('checkbox', { name: LIST_NAME }).isChecked()).toBe(true);
    await harness.screenshot(panel, 'lists-library-add-to-list');

    await panel.evaluate(() => (window.location.hash = '#/lists'));
    await panel.getByRole('button', { name: new RegExp(`^${LIST_NAME}`) }).click();
    await expect.poll(() => articleTitles(panel)).toEqual(TITLES);
    await expect.poll(() => panel.locator('.lists-item__count').textContent()).toBe('3 Artikel');

    // Keyboard: focus "move up" on the last article and press Enter; the focus stays on the moved article.
    await panel.getByRole('button', { name: `„${TITLES[2]}“ nach oben verschieben` }).focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => articleTitles(panel)).toEqual([TITLES[0], TITLES[2], TITLES[1]]);
    await panel.keyboard.press('Enter');
    await expect.poll(() => articleTitles(panel)).toEqual([TITLES[2], TITLES[0], TITLES[1]]);
    await expect
      .poll(() => panel.locator('[role="status"], [aria-live="polite"]').allTextContents())
      .toContainEqual(expect.stringContaining('Position 1 von 3'));
    await harness.screenshot(panel, 'lists-view');
    await expectNoSeriousAxeViolations(panel);

    // Remove one and undo it.
    await panel
      .getByRole('button', { name: `„${TITLES[1]}“ von der Liste „${LIST_NAME}“ entfernen` })
      .click();
    await expect.poll(() => articleTitles(panel)).toEqual([TITLES[2], TITLES[0]]);
    await panel.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(() => articleTitles(panel)).toEqual([TITLES[2], TITLES[0], TITLES[1]]);
    await panel.close();
  });

  test('exports the list in every format through the panel', async () => {
    const panel = await harness.openPanel('#/lists');
    const scope = `Leseliste „${LIST_NAME}“`;
    const text = async (format: string) => {
      const file = await exportThroughPanel(panel, scope, format);
      expect(file.bytes.length).toBeGreaterThan(0);
      return file;
    };

    const markdown = await text('markdown');
    expect(markdown.name).toMatch(/^Seminar.*\.zip$/);
    const files = unzipSync(markdown.bytes);
    const notes = Object.entries(files).map(([name, bytes]) => ({ name, text: strFromU8(bytes) }));
    expect(notes.length).toBeGreaterThanOrEqual(4);
    const seedNote = notes.find((note) => note.name.startsWith('Datenschutz'));
    expect(seedNote?.text).toMatch(/^---\n/);
    expect(seedNote?.text).toContain('Zitat für den Förderantrag');

    const html = await text('html');
    expect(html.name).toMatch(/\.html$/);
    for (const title of TITLES) expect(html.text).toContain(title);
    expect(html.text).toContain('Z3988');

    const csv = await text('csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text).toContain(TITLES[1]);

    const ris = await text('ris');
    expect(ris.name).toMatch(/\.ris$/);
    expect(ris.text).toContain(`TI  - ${TITLES[0]}`);
    expect(ris.text).toMatch(/AU {2}- Beispiel, Anna/);
    expect(ris.text.match(/^ER {2}-/gm)).toHaveLength(3);

    const bibtex = await text('bibtex');
    expect(bibtex.name).toMatch(/\.bib$/);
    expect(bibtex.text.match(/@online\{/g)).toHaveLength(3);
    expect(bibtex.text).toContain('urldate');

    const csl = await text('csl-json');
    const items = JSON.parse(csl.text) as { title: string }[];
    expect(items.map((item) => item.title).sort()).toEqual([...TITLES].sort());

    const annotations = await text('web-annotation');
    expect(annotations.text).toContain('TextQuoteSelector');
    expect(annotations.text).toContain('https://beispiel.example/datenschutz');

    const backup = await text('json');
    expect(backup.name).toMatch(/^randnotiz-backup-.*\.json$/);
    expect(JSON.parse(backup.text)).toMatchObject({ format: 'randnotiz-backup' });
    await harness.screenshot(panel, 'export-done');
    await panel.close();
  });

  test("exports the articles of the library's current search", async () => {
    const panel = await harness.openPanel('#/library');
    await panel.getByRole('searchbox').fill('Künstliche');
    await expect.poll(() => panel.locator('.article-item__link').allTextContents()).toEqual([TITLES[2]]);
    await panel.getByRole('button', { name: 'Diese Auswahl exportieren …' }).click();
    await panel.locator('#export-scope').waitFor();
    await expect.poll(() => panel.locator('#export-scope').inputValue()).toBe('filter');
    const csv = await exportThroughPanel(panel, /Aktueller Filter/, 'csv');
    const text = new TextDecoder().decode(csv.bytes);
    expect(text).toContain(TITLES[2]);
    expect(text).not.toContain(TITLES[0]);
    expect(text).not.toContain(TITLES[1]);
    await panel.close();
  });

  test('a backup imported into an emptied library brings the articles and the list back', async () => {
    const panel = await harness.openPanel('#/lists');
    const backup = await exportThroughPanel(panel, 'Die ganze Bibliothek', 'json');
    await panel.close();

    const bridge = await harness.bridge();
    await bridge.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('randnotiz');
          open.onsuccess = () => {
            const db = open.result;
            const stores = [...db.objectStoreNames];
            const tx = db.transaction(stores, 'readwrite');
            for (const store of stores) tx.objectStore(store).clear();
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(await storedArticles(harness)).toHaveLength(0);

    const fresh = await harness.openPanel('#/lists');
    await fresh.locator('.lists-empty').waitFor();
    await fresh.locator('#import-file').setInputFiles({
      name: backup.name,
      mimeType: 'application/json',
      buffer: Buffer.from(backup.bytes),
    });
    await expect
      .poll(() => fresh.locator('[data-testid="import-preview"]').textContent())
      .toContain('3 Artikel');
    await fresh.getByRole('button', { name: 'Jetzt importieren' }).click();
    await expect
      .poll(() => fresh.locator('[data-testid="import-result"]').textContent())
      .toMatch(/^Import abgeschlossen: 3 Artikel neu/);
    expect((await storedArticles(harness)).map((article) => article.title).sort()).toEqual(
      [...TITLES].sort(),
    );
    await fresh.getByRole('button', { name: new RegExp(`^${LIST_NAME}`) }).click();
    await expect.poll(() => articleTitles(fresh)).toEqual([TITLES[2], TITLES[0], TITLES[1]]);
    await harness.screenshot(fresh, 'import-done');

    // A file that is not a backup is refused with the German message, and nothing changes.
    await fresh.locator('#import-file').setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"randnotiz-backup","version":1,"articles":['),
    });
    await expect
      .poll(() => fresh.locator('[data-testid="import-result"]').textContent())
      .toMatch(/Es wurde nichts importiert\.$/);
    expect(await storedArticles(harness)).toHaveLength(3);

    // A Pocket export: the links are shown first, then added as "not yet loaded".
    await fresh.locator('#import-file').setInputFiles({
      name: 'part_000000.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'title,url,time_added,tags,status\n' +
          'Sozialraumorientierung heute,https://pocket.example/sozialraum,1700000000,Sozialraum|Quartier,unread\n' +
          'Ohne Adresse,javascript:alert(1),1700000000,,unread\n',
      ),
    });
    await expect
      .poll(() => fresh.locator('[data-testid="import-preview"]').textContent())
      .toMatch(/^2 Links aus Pocket/);
    await fresh.getByRole('button', { name: 'Jetzt importieren' }).click();
    await expect
      .poll(() => fresh.locator('[data-testid="import-result"]').textContent())
      .toBe('Import abgeschlossen: 1 Link neu, 0 schon in der Bibliothek, 1 übersprungen.');
    const pending = (await storedArticles(harness)).find(
      (article) => article.title === 'Sozialraumorientierung heute',
    );
    expect(pending).toMatchObject({ loadState: 'pending', tags: ['Sozialraum', 'Quartier'] });
    await fresh.close();
  });
});
