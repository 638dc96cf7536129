import type { Page } from 'playwright-core';
import { germanParagraphs } from '../support/jsdom-page';
import { describe, expect, test } from './support/extension-test';
import { storedArticles } from './support/library-store';

const QUOTE = 'Teilhabe gelingt nur, wenn digitale Angebote barrierefrei sind.';

function pageWithQuote(extra = ''): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Teilhabe digital</title></head>
<body><article><h1>Teilhabe digital</h1>${germanParagraphs(3)}
<p id="quote"><strong>${QUOTE}</strong> <a href="/inklusion">Mehr zur Inklusion</a>${extra}</p>
${germanParagraphs(3)}</article></body></html>`;
}

/** Selects the paragraph with the quote the way a mouse drag would, through the page's own Selection API. */
async function selectQuote(page: Page): Promise<void> {
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('quote')!);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
}

describe('save selection as a quote', () => {
  test('creates the article and stores the selection’s sanitised HTML with absolute links', async ({
    extension,
  }) => {
    const page = await extension.openPage(
      extension.server.publish(
        'teilhabe.html',
        pageWithQuote('<img src="x" onerror="void 0"><script>void 0</script>'),
      ),
    );
    await selectQuote(page);
    const outcome = await extension.saveSelection(page);
    expect(outcome).toMatchObject({ ok: true, kind: 'selection', created: true });

    const [article] = await storedArticles(extension);
    expect(article).toMatchObject({ title: 'Teilhabe digital', loadState: 'loaded' });
    const [quote] = article!.source.selections;
    expect(quote!.html).toContain(`<strong>${QUOTE}</strong>`);
    expect(quote!.html).toContain(`href="${extension.server.origin}/inklusion"`);
    expect(quote!.html).not.toMatch(/<script|onerror/i);
    await page.close();
  });

  test('a second quote is added to the same article, which is not re-clipped', async ({ extension }) => {
    const page = await extension.openPage(extension.server.publish('teilhabe.html', pageWithQuote()));
    const before = (await storedArticles(extension))[0]!;
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('h1')!);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
    });
    expect(await extension.saveSelection(page)).toMatchObject({ ok: true, created: false });
    const after = await storedArticles(extension);
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(before.id);
    expect(after[0]!.contentHash).toBe(before.contentHash);
    expect(after[0]!.source.selections.map((selection) => selection.html)).toEqual([
      before.source.selections[0]!.html,
      'Teilhabe digital',
    ]);
    await page.close();
  });

  test('with nothing selected it says so and stores nothing', async ({ extension }) => {
    const page = await extension.openPage(extension.server.publish('leer.html', pageWithQuote()));
    const before = await storedArticles(extension);
    expect(await extension.saveSelection(page)).toMatchObject({
      ok: false,
      error: { code: 'selection-empty' },
    });
    expect(await storedArticles(extension)).toEqual(before);
    await page.close();
  });

  test('a selection made with the keyboard is saved too', async ({ extension }) => {
    const page = await extension.openPage(extension.server.publish('tastatur.html', pageWithQuote()));
    await page.click('h1', { clickCount: 3 });
    await page.keyboard.press('Shift+ArrowDown');
    const outcome = await extension.saveSelection(page);
    expect(outcome).toMatchObject({ ok: true, kind: 'selection' });
    if (!outcome.ok) return;
    const article = (await storedArticles(extension)).find((candidate) => candidate.id === outcome.articleId);
    expect(article!.source.selections.at(-1)!.html).toContain('Die Digitalisierung verändert');
    await page.close();
  });
});
