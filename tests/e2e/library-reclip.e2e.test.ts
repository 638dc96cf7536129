import { germanParagraphs } from '../support/jsdom-page';
import { describe, expect, test } from './support/extension-test';
import {
  annotate,
  setUserFields,
  storedAnnotations,
  storedArticles,
  storedBody,
} from './support/library-store';

const KEPT = 'Onlineberatung erreicht Menschen, die den Weg in eine Beratungsstelle nicht finden würden.';
const REWRITTEN = 'Datenschutz bleibt eine zentrale Frage für Träger der freien Wohlfahrtspflege.';

function articleVersion(changingSentence: string): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Beratung im Netz – Fachblog</title></head>
<body><article><h1>Beratung im Netz</h1>${germanParagraphs(3)}<p>${KEPT}</p><p>${changingSentence}</p>${germanParagraphs(3)}</article></body></html>`;
}

describe('re-clipping a page already in the library', () => {
  test('updates the text and keeps tags, page note and annotations, flagging the one that lost its text', async ({
    extension,
  }) => {
    const url = extension.server.publish('beratung-im-netz.html', articleVersion(REWRITTEN));
    const page = await extension.openPage(url);
    const first = await extension.saveTab(page);
    if (!first.ok) throw new Error(first.error.message);
    const text = (await storedBody(extension, first.articleId)).text;

    const keptStart = text.indexOf(KEPT);
    const goneStart = text.indexOf(REWRITTEN);
    expect(keptStart).toBeGreaterThan(0);
    expect(goneStart).toBeGreaterThan(0);
    const kept = await annotate(extension, {
      articleId: first.articleId,
      start: keptStart,
      end: keptStart + KEPT.length,
      colour: 'green',
      note: 'Für die Teamsitzung',
    });
    const gone = await annotate(extension, {
      articleId: first.articleId,
      start: goneStart,
      end: goneStart + REWRITTEN.length,
      colour: 'yellow',
    });
    await setUserFields(extension, first.articleId, {
      tags: ['Onlineberatung', 'Datenschutz'],
      pageNote: 'Quelle für den Jahresbericht',
      status: 'reading',
    });

    // The site rewrote one paragraph since the first clip.
    extension.server.publish(
      'beratung-im-netz.html',
      articleVersion('Der Absatz über Trägerstrukturen wurde vollständig überarbeitet und neu gefasst.'),
    );
    await page.reload({ waitUntil: 'load' });
    const second = await extension.saveTab(page);
    expect(second).toMatchObject({
      ok: true,
      created: false,
      articleId: first.articleId,
      annotations: { total: 2, orphaned: 1, newlyOrphaned: 1 },
    });

    const articles = await storedArticles(extension);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      id: first.articleId,
      tags: ['Onlineberatung', 'Datenschutz'],
      pageNote: 'Quelle für den Jahresbericht',
      status: 'reading',
    });
    expect((await storedBody(extension, first.articleId)).text).toContain('vollständig überarbeitet');

    const annotations = await storedAnnotations(extension);
    expect(annotations).toHaveLength(2);
    expect(annotations.find((annotation) => annotation.id === kept.id)).toMatchObject({
      orphaned: false,
      quote: KEPT,
      note: 'Für die Teamsitzung',
    });
    expect(annotations.find((annotation) => annotation.id === gone.id)).toMatchObject({
      orphaned: true,
      quote: REWRITTEN,
    });
    await page.close();
  });
});
