import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoSeriousAxeViolations } from './support/axe';
import { ExtensionHarness } from './support/extension-harness';
import { storedArticles } from './support/library-store';
import { exportThroughPanel } from './support/panel-export';
import { PROJECT_DIR } from './support/paths';

const SCREENSHOTS = join(PROJECT_DIR, 'docs', 'screenshots');
const TITLE = 'Schulsozialarbeit im digitalen Wandel';

/**
 * A German article whose only date is the month in its date line: no date in meta tags, JSON-LD or the address,
 * so the card must show "Juni 2021" and must not be sure of it. The byline carries academic titles.
 */
function monthOnlyArticle(): string {
  const paragraph = (topic: string) =>
    `<p>Die Schulsozialarbeit steht beim Thema ${topic} vor neuen Aufgaben. Fachkräfte berichten, dass Kinder ` +
    'und Jugendliche zunehmend über Messenger Kontakt aufnehmen, dass Beratung per Chat niedrigschwelliger ist ' +
    'und dass Datenschutz, Verschwiegenheit und die Erreichbarkeit am Abend neu ausgehandelt werden müssen. ' +
    'Träger sind gefordert, klare Regeln und passende Werkzeuge bereitzustellen.</p>';
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><title>${TITLE} – Fachportal Jugendhilfe</title></head>
<body>
<header><a href="/">Fachportal Jugendhilfe</a><nav><a href="/themen">Themen</a> <a href="/kontakt">Kontakt</a></nav></header>
<main><article>
<h1>${TITLE}</h1>
<p class="byline">Von Prof. Dr. Anna Schmidt</p>
<p class="dateline">Juni 2021</p>
${['Beratung', 'Datenschutz', 'Medienbildung', 'Elternarbeit', 'Kooperation', 'Fortbildung'].map(paragraph).join('\n')}
</article></main>
<footer><p>Fachportal Jugendhilfe – Impressum</p></footer>
</body></html>`;
}

let harness: ExtensionHarness;
let panel: Page;
let articlePage: Page;

const card = () => panel.locator('.meta-card');
const fact = (field: string) => card().locator(`.meta-facts__row[data-field="${field}"]`);
const politeAnnouncement = () => panel.locator('[data-live="polite"]').textContent();

async function articleRecord() {
  const records = await storedArticles(harness);
  expect(records).toHaveLength(1);
  return records[0]!;
}

async function saveThroughPanel(label: RegExp) {
  const before = (await storedArticles(harness))[0]?.updatedAt ?? 0;
  await panel.getByRole('button', { name: label }).click();
  await expect.poll(async () => (await storedArticles(harness))[0]?.updatedAt ?? 0).toBeGreaterThan(before);
  await expect.poll(() => panel.locator('[data-clip-tone]').getAttribute('data-clip-tone')).toBe('success');
}

/**
 * An element's screenshot for the docs. The panel's header is sticky, so the page is made tall enough to show
 * the element without scrolling under it.
 */
async function screenshotOf(element: Locator, name: string) {
  const viewport = panel.viewportSize();
  await panel.setViewportSize({ width: viewport?.width ?? 420, height: 2000 });
  await panel.evaluate(() => window.scrollTo(0, 0));
  await element.screenshot({ path: join(SCREENSHOTS, name) });
  if (viewport) await panel.setViewportSize(viewport);
}

beforeAll(async () => {
  harness = await ExtensionHarness.start(undefined, { uiLanguage: 'de-DE' });
  articlePage = await harness.openPage(harness.server.publish('schulsozialarbeit.html', monthOnlyArticle()));
  panel = await harness.openPanel(`?tabId=${await harness.tabIdOf(articlePage)}`);
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

describe('the metadata card after a clip', () => {
  test('shows the month-only date as "Juni 2021", marked as not certain, with the reason', async () => {
    await saveThroughPanel(/^Diese Seite speichern$/);
    await card().waitFor();
    // Rows are there for every field, so a missing date fails here at once instead of waiting for a <time>.
    await expect.poll(() => fact('published').locator('dd').innerText()).toMatch(/^Juni 2021\b/);
    expect(await fact('published').locator('time').getAttribute('datetime')).toBe('2021-06');
    const mark = fact('published').locator('.meta-mark');
    expect(['low', 'medium']).toContain(await mark.getAttribute('data-confidence'));
    // An icon and a word, not colour alone; the source and reason as tooltip and as text for screen readers.
    expect(await mark.innerText()).toMatch(/unsicher|bitte prüfen/);
    expect(await mark.getAttribute('title')).toMatch(/^Quelle: /);
    expect(await mark.locator('.visually-hidden').textContent()).toMatch(/Quelle: /);
    expect(await fact('title').textContent()).toContain(TITLE);

    const record = await articleRecord();
    expect(record.published).toBe('2021-06');
    expect(['low', 'medium']).toContain(record.provenance.published.confidence);
    // The card lists what was stored, and the authors without academic titles.
    expect(await fact('authorNames').locator('.meta-facts__value').textContent()).toBe(
      record.authors.join(', '),
    );
    expect(record.authors.join(' ')).not.toMatch(/Prof|Dr\./);

    await expectNoSeriousAxeViolations(panel);
    await screenshotOf(card(), 'metadata-card.png');
  });

  test('the author is corrected in place; a bad date is refused with a clear message', async () => {
    await card().getByRole('button', { name: 'Angaben bearbeiten' }).click();
    const form = panel.getByRole('form', { name: /Angaben zu „Schulsozialarbeit/ });
    await form.waitFor();
    // Focus starts in the form; the first author row is a person.
    expect(await panel.evaluate(() => document.activeElement?.id)).toMatch(/-title$/);
    await form.getByLabel('Vorname(n)').first().fill('Berta');
    await form.getByLabel('Nachname').first().fill('Beispiel');
    await form.getByRole('button', { name: 'Person hinzufügen' }).click();
    await expect.poll(() => form.getByLabel('Vorname(n)').count()).toBeGreaterThan(1);
    await form.getByRole('button', { name: /^Autor:in \d+ entfernen$/ }).click();

    await form.getByLabel('Jahr').fill('2021-13');
    expect(await form.getByLabel('Monat (optional)').inputValue()).toBe('13');
    await form.getByRole('button', { name: 'Angaben speichern' }).click();
    await expect
      .poll(() => form.locator('.field__error').allTextContents())
      .toContain('Einen Monat „13“ gibt es nicht: bitte 1 bis 12 eingeben oder leer lassen.');
    expect(await form.getByLabel('Monat (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.id)).toMatch(/-month$/);
    await harness.screenshot(panel, 'metadata-edit-invalid-month');
    expect((await articleRecord()).overrides).toEqual({});

    await form.getByLabel('Monat (optional)').fill('6');
    await expect.poll(() => form.locator('.field__error').count()).toBe(0);
    await expectNoSeriousAxeViolations(panel);
    await screenshotOf(form, 'metadata-edit.png');
    // Keyboard: Enter in a field submits the form.
    await form.getByLabel('Nachname').first().press('Enter');

    await expect.poll(politeAnnouncement).toMatch(/^Angaben gespeichert/);
    await expect
      .poll(() => fact('authorNames').locator('.meta-facts__value').textContent())
      .toMatch(/^Berta Beispiel/);
    expect(await fact('authorNames').locator('[data-corrected]').count()).toBe(1);
    // Focus is back on the button that opened the form.
    expect(await panel.evaluate(() => document.activeElement?.textContent)).toContain('Angaben bearbeiten');
    const record = await articleRecord();
    expect(record.authorNames[0]).toEqual({ family: 'Beispiel', given: 'Berta' });
    expect(record.overrides).toEqual({ authorNames: record.authorNames });
    // The date was left as found: no override, still the month.
    expect(record.published).toBe('2021-06');
  });

  test('saving the page again keeps the correction', async () => {
    await saveThroughPanel(/^Erneut speichern/);
    const record = await articleRecord();
    expect(record.authorNames[0]).toEqual({ family: 'Beispiel', given: 'Berta' });
    expect(record.authors[0]).toBe('Berta Beispiel');
    expect(record.published).toBe('2021-06');
    await expect
      .poll(() => fact('authorNames').locator('.meta-facts__value').textContent())
      .toMatch(/^Berta Beispiel/);
    expect(await fact('authorNames').locator('[data-corrected]').count()).toBe(1);
  });

  test('RIS, BibTeX, CSL-JSON and HTML exports carry the corrected author and the month', async () => {
    const lists = await harness.openPanel('#/lists');
    const exported = (format: string) => exportThroughPanel(lists, 'Die ganze Bibliothek', format);

    const ris = (await exported('ris')).text;
    expect(ris).toMatch(/^AU {2}- Beispiel, Berta\r?$/m);
    expect(ris).toMatch(/^PY {2}- 2021\r?$/m);
    expect(ris).toMatch(/^DA {2}- 2021\/06\/\/?\r?$/m);
    expect(ris).not.toContain('Schmidt');

    const bibtex = (await exported('bibtex')).text;
    expect(bibtex).toMatch(/author\s*=\s*\{Beispiel, Berta\}/);
    expect(bibtex).toMatch(/\bdate\s*=\s*\{2021-06\}/);
    expect(bibtex).not.toContain('Schmidt');

    const items = JSON.parse((await exported('csl-json')).text) as Array<Record<string, unknown>>;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      author: [{ family: 'Beispiel', given: 'Berta' }],
      issued: { 'date-parts': [[2021, 6]] },
    });

    const html = (await exported('html')).text;
    expect(html).toContain('Beispiel, B.');
    expect(html).toMatch(/rft\.date=2021-06(&|&amp;|")/);
    expect(html).toContain('rft.aulast=Beispiel');
    expect(html).not.toContain('Schmidt');
    await lists.close();
  });

  test('the card opens the article in the reader, which has the same form and shows the correction', async () => {
    await card().getByRole('link', { name: 'Im Reader öffnen' }).click();
    await expect.poll(() => panel.locator('#view-heading').textContent()).toBe(TITLE);
    const details = panel.locator('.rn-reader-metadata');
    await details.locator('summary').click();
    await harness.screenshot(panel, 'metadata-reader');
    await expectNoSeriousAxeViolations(panel);
    expect(await details.locator('.meta-facts__row[data-field="authorNames"] [data-corrected]').count()).toBe(
      1,
    );
    await details.getByRole('button', { name: 'Angaben bearbeiten' }).click();
    expect(await details.getByLabel('Nachname').first().inputValue()).toBe('Beispiel');
    await details.getByLabel('Nachname').first().press('Escape');
    await expect.poll(() => details.locator('form').count()).toBe(0);

    // Back to the value found on the page, from the reader.
    await details.getByRole('button', { name: /^Zurücksetzen\s*: Autor:innen – / }).click();
    await expect.poll(politeAnnouncement).toBe('Autor:innen: Korrektur zurückgenommen.');
    const record = await articleRecord();
    expect(record.overrides).toEqual({});
    expect(record.authors.join(' ')).not.toContain('Berta');
  });

  test('library rows show the date with its precision', async () => {
    await panel.evaluate(() => (window.location.hash = '#/library'));
    await expect.poll(() => panel.locator('.article-item__date').first().textContent()).toBe('Juni 2021');
  });
});
