import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectNoSeriousAxeViolations } from './support/axe';
import { ExtensionHarness } from './support/extension-harness';
import { describe, expect, test as base } from './support/extension-test';

/** One Chromium for the file, with a German UI: what browser.i18n and the screenshots show. */
// Vitest reads a fixture's dependencies from its destructuring pattern, so the empty `{}` must stay.
// eslint-disable-next-line no-empty-pattern
const test = base.extend('extension', { scope: 'file' }, async ({}, { onCleanup }) => {
  const harness = await ExtensionHarness.start(undefined, { uiLanguage: 'de-DE' });
  onCleanup(() => harness.close());
  return harness;
});

const SCREENSHOT_DIR = join(import.meta.dirname, '../../docs/screenshots');

interface StoredAnnotation {
  id: string;
  articleId: string;
  quote: string;
  colour: string;
  note: string;
}
interface StoredArticle {
  id: string;
  tags: string[];
}

let articleId = '';
let reader: Page;

async function annotations(extension: { readIndexedDb<T>(db: string, store: string): Promise<T[]> }) {
  return (await extension.readIndexedDb<StoredAnnotation>('randnotiz', 'annotations')).filter(
    (a) => a.articleId === articleId,
  );
}

/** Drags the mouse across `phrase` in the article, as a reader selects with the mouse. */
async function dragAcross(page: Page, phrase: string) {
  const box = await page.evaluate((text) => {
    const body = document.querySelector('.rn-reader-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`"${text}" is not in the article`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

async function shoot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

const SEED_TITLE = 'Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt';

describe('reader view in the side panel', () => {
  test('opens the clipped seed article with its header, sanitised and with safe links', async ({
    extension,
  }) => {
    const source = await extension.openPage(extension.server.fixtureUrl('seed-sozial-pr'));
    const saved = await extension.saveTab(source);
    expect(saved).toMatchObject({ ok: true });
    articleId = (saved as { articleId: string }).articleId;
    await source.close();

    reader = await extension.openPanel(`#/article/${articleId}`);
    // The placeholder ("Artikel wird geladen …") is an h1 too, so wait for the article's own title.
    await reader.getByRole('heading', { level: 1, name: SEED_TITLE, exact: true }).waitFor();
    const meta = await reader.locator('.rn-reader-meta').textContent();
    expect(meta).toContain('Christian Müller');
    expect(meta).toContain('2. Juli 2019');
    expect(meta).toContain('Sozial-PR');
    expect(await reader.locator('.rn-reader-body').textContent()).toContain('Damit habe ich zwei Probleme');
    const unsafe = await reader.evaluate(() => {
      const body = document.querySelector('.rn-reader-body')!;
      const handlers = [...body.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      );
      const links = [...body.querySelectorAll('a[href]')];
      return {
        scripts: body.querySelectorAll('script, iframe, form, style').length,
        handlers,
        unsafeLinks: links.filter(
          (a) => a.getAttribute('target') !== '_blank' || !/noopener/.test(a.getAttribute('rel') ?? ''),
        ).length,
        links: links.length,
      };
    });
    expect(unsafe).toMatchObject({ scripts: 0, handlers: [], unsafeLinks: 0 });
  });

  test('highlights a mouse selection from the toolbar', async ({ extension }) => {
    await dragAcross(reader, 'Damit habe ich zwei Probleme');
    const toolbar = reader.getByRole('toolbar', { name: 'Auswahl markieren' });
    await toolbar.waitFor();
    await toolbar.getByRole('button', { name: /Gelb/ }).click();
    await reader.locator('mark.rn-mark--yellow').first().waitFor();
    await expect.poll(async () => (await annotations(extension)).length).toBe(1);
    const stored = await annotations(extension);
    expect(stored[0]).toMatchObject({ colour: 'yellow', note: '' });
    expect(stored[0]!.quote).toContain('zwei Probleme');
    const marked = await reader.locator('mark.rn-mark--yellow').allTextContents();
    expect(marked.join('')).toBe(stored[0]!.quote);
  });

  test('highlights a keyboard selection and adds a note, all by keyboard', async ({ extension }) => {
    await reader.getByRole('button', { name: 'Mit Tastatur markieren' }).click();
    // Caret mode puts a text cursor into the article and focuses it.
    await expect
      .poll(() => reader.evaluate(() => document.activeElement?.classList.contains('rn-reader-body')))
      .toBe(true);
    await reader.keyboard.press('Control+Home');
    for (let i = 0; i < 'Digitalstrategien'.length; i++) await reader.keyboard.press('Shift+ArrowRight');
    await reader.keyboard.press('Alt+KeyH');
    const toolbar = reader.getByRole('toolbar', { name: 'Auswahl markieren' });
    await expect.poll(() => toolbar.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await reader.keyboard.press('ArrowRight'); // Gelb → Grün
    await reader.keyboard.press('Enter');
    await reader.locator('mark.rn-mark--green').first().waitFor();
    await expect
      .poll(async () => (await annotations(extension)).some((a) => a.colour === 'green'))
      .toBe(true);
    const green = (await annotations(extension)).find((a) => a.colour === 'green')!;
    expect(green.quote).toBe('Digitalstrategien');
    // The new highlight has focus; Enter opens its toolbar, the arrow keys reach "Notiz".
    await expect.poll(() => reader.evaluate(() => document.activeElement?.tagName)).toBe('MARK');
    await reader.keyboard.press('Escape'); // leaves caret mode
    await reader.locator('mark.rn-mark--green').first().focus();
    await reader.keyboard.press('Enter');
    const edit = reader.getByRole('toolbar', { name: 'Markierung bearbeiten' });
    await expect.poll(() => edit.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 5; i++) await reader.keyboard.press('ArrowRight');
    await reader.keyboard.press('Enter');
    // The note field takes focus as it opens.
    await expect
      .poll(() => reader.getByLabel('Notiz zur Markierung').evaluate((el) => el === document.activeElement))
      .toBe(true);
    await reader.keyboard.type('Genau das fehlt in unserem Träger: eine Strategie.');
    await reader.keyboard.press('Control+Enter');
    await expect
      .poll(async () => (await annotations(extension)).find((a) => a.id === green.id)?.note)
      .toBe('Genau das fehlt in unserem Träger: eine Strategie.');
    await reader.getByText('Notiz gespeichert.').first().waitFor({ state: 'attached' });
  });

  test('re-anchors every highlight after a reload, with the note as the mark’s description', async () => {
    await reader.reload();
    await reader.locator('mark.rn-mark--green').first().waitFor();
    expect(await reader.locator('mark.rn-mark--yellow').allTextContents()).not.toHaveLength(0);
    const description = await reader
      .locator('mark.rn-mark--green')
      .first()
      .evaluate((mark) => {
        const id = mark.getAttribute('aria-describedby')!;
        return document.getElementById(id)?.textContent;
      });
    expect(description).toContain('Grün');
    expect(description).toContain('Genau das fehlt in unserem Träger');
    // The list entry jumps to and focuses its highlight.
    await reader.getByRole('button', { name: /Im Text zeigen: „Digitalstrategien“/ }).click();
    await expect
      .poll(() => reader.evaluate(() => document.activeElement?.textContent))
      .toBe('Digitalstrategien');
  });

  test('tags the article with a suggestion from the vocabulary', async ({ extension }) => {
    const suggestion = reader.getByRole('button', {
      name: 'Vorgeschlagenes Schlagwort hinzufügen: Digitalisierung',
    });
    await suggestion.click();
    await reader.getByRole('button', { name: 'Schlagwort entfernen: Digitalisierung' }).waitFor();
    await expect
      .poll(
        async () =>
          (await extension.readIndexedDb<StoredArticle>('randnotiz', 'articles')).find(
            (a) => a.id === articleId,
          )?.tags,
      )
      .toEqual(['Digitalisierung']);
  });

  test('an entry added to the vocabulary in the settings is suggested in the reader', async () => {
    await reader.evaluate(() => (location.hash = '#/settings'));
    await reader.getByText(/Schlagwörter und Begriffe bearbeiten/).click();
    await reader.getByRole('button', { name: 'Schlagwort hinzufügen' }).click();
    const entry = reader.locator('.vocabulary__entry').last();
    await entry.getByLabel('Schlagwort', { exact: true }).fill('Erfahrungswissen');
    await entry.getByLabel(/Begriffe/).fill('Erfahrung, Kompetenz');
    await reader.getByRole('button', { name: 'Vokabular speichern' }).click();
    await reader.getByText('Vokabular gespeichert.').first().waitFor();
    await reader.evaluate((id) => (location.hash = `#/article/${id}`), articleId);
    await reader
      .getByRole('button', { name: 'Vorgeschlagenes Schlagwort hinzufügen: Erfahrungswissen' })
      .waitFor();
  });

  test('no serious or critical axe violation, and screenshots, in both themes', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await reader.emulateMedia({ colorScheme: scheme });
      await expectNoSeriousAxeViolations(reader);
      await reader.locator('mark.rn-mark--green').first().scrollIntoViewIfNeeded();
      await reader.evaluate(() => window.scrollTo(0, 0));
      await shoot(reader, `reader-${scheme}`);
      await reader.locator('mark.rn-mark--green').first().click();
      await reader
        .getByRole('toolbar', { name: 'Markierung bearbeiten' })
        .getByRole('button', { name: 'Notiz bearbeiten' })
        .click();
      await reader.getByLabel('Notiz zur Markierung').waitFor();
      await expectNoSeriousAxeViolations(reader);
      await shoot(reader, `reader-note-${scheme}`);
      await reader.keyboard.press('Escape');
      await reader.locator('#rn-annotations-heading').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shoot(reader, `reader-annotations-${scheme}`);
    }
    await reader.emulateMedia({ colorScheme: 'light' });
  });

  test('deletes a highlight and an article, each with undo', async ({ extension }) => {
    await reader.getByRole('button', { name: /^Löschen: „Damit/ }).click();
    await expect.poll(async () => (await annotations(extension)).length).toBe(1);
    await reader.getByRole('button', { name: 'Rückgängig' }).click();
    await expect.poll(async () => (await annotations(extension)).length).toBe(2);
    await reader.locator('mark.rn-mark--yellow').first().waitFor();

    await reader.getByRole('button', { name: 'Artikel löschen' }).click();
    await reader.getByText('Artikel gelöscht.').first().waitFor();
    expect(
      (await extension.readIndexedDb<StoredArticle>('randnotiz', 'articles')).some((a) => a.id === articleId),
    ).toBe(false);
    await reader.getByRole('button', { name: 'Rückgängig' }).click();
    await reader.getByRole('heading', { level: 1, name: SEED_TITLE, exact: true }).waitFor();
    await reader.locator('mark.rn-mark--green').first().waitFor();
    expect(await annotations(extension)).toHaveLength(2);
  });
});
