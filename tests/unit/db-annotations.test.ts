import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations, updateAnnotation } from '../../utils/db/annotations';
import { saveClippedArticle } from '../../utils/db/article-clip';
import type { RandnotizDb } from '../../utils/db/schema';
import { ARTICLE_TEXT, openTestDb, sampleArticle } from '../fixtures/db/test-database';

let db: RandnotizDb;
let articleId: string;
beforeEach(async () => {
  db = openTestDb();
  articleId = (await saveClippedArticle(sampleArticle(), { pageUrl: 'https://sozial-pr.example/a' }, db))
    .article.id;
});
afterEach(async () => {
  await db.delete();
});

function rangeOf(quote: string): { start: number; end: number } {
  const start = ARTICLE_TEXT.indexOf(quote);
  return { start, end: start + quote.length };
}

describe('annotations', () => {
  it('are created with W3C selectors built from the stored text', async () => {
    const annotation = await createAnnotation(
      { articleId, ...rangeOf('zentrale Frage'), colour: 'orange' },
      db,
    );
    const { start, end } = rangeOf('zentrale Frage');
    expect(annotation).toMatchObject({
      articleId,
      quote: 'zentrale Frage',
      colour: 'orange',
      note: '',
      orphaned: false,
      selectors: {
        quote: {
          type: 'TextQuoteSelector',
          exact: 'zentrale Frage',
          prefix: ARTICLE_TEXT.slice(start - 32, start),
        },
        position: { type: 'TextPositionSelector', start, end },
      },
    });
    expect(annotation.createdAt).toBe(annotation.updatedAt);
  });

  it('are listed in reading order, orphaned ones last', async () => {
    const late = await createAnnotation({ articleId, ...rangeOf('Onlineberatung'), colour: 'blue' }, db);
    const early = await createAnnotation(
      { articleId, ...rangeOf('Digitalisierung verändert'), colour: 'blue' },
      db,
    );
    const orphan = await createAnnotation({ articleId, ...rangeOf('Datenschutz'), colour: 'blue' }, db);
    await db.annotations.update(orphan.id, { orphaned: true });
    expect((await listAnnotations(articleId, db)).map((a) => a.id)).toEqual([early.id, late.id, orphan.id]);
  });

  it('change colour and note without touching their anchoring', async () => {
    const created = await createAnnotation({ articleId, ...rangeOf('Datenschutz'), colour: 'yellow' }, db);
    const updated = await updateAnnotation(
      created.id,
      { note: 'Wichtig für den Bericht', colour: 'green' },
      db,
    );
    expect(updated).toMatchObject({
      note: 'Wichtig für den Bericht',
      colour: 'green',
      selectors: created.selectors,
    });
    expect(updated.updatedAt).toBeGreaterThanOrEqual(created.updatedAt);
    expect(await db.annotations.get(created.id)).toEqual(updated);
  });

  it.each([
    ['a range outside the text', { start: 0, end: ARTICLE_TEXT.length + 5 }, 'invalid-input'],
    ['an empty range', { start: 4, end: 4 }, 'invalid-input'],
  ])('refuse %s', async (_name, range, kind) => {
    await expect(createAnnotation({ articleId, ...range, colour: 'yellow' }, db)).rejects.toMatchObject({
      kind,
    });
    expect(await db.annotations.count()).toBe(0);
  });

  it('refuse an article without stored text, and an unknown annotation', async () => {
    await expect(
      createAnnotation({ articleId: 'missing', start: 0, end: 1, colour: 'yellow' }, db),
    ).rejects.toMatchObject({
      kind: 'not-found',
    });
    await expect(updateAnnotation('missing', { note: 'x' }, db)).rejects.toMatchObject({ kind: 'not-found' });
  });
});
