import { beforeEach, describe, expect, it } from 'vitest';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { correctArticleMetadata, revertArticleMetadata } from '../../utils/db/article-metadata';
import { listArticles } from '../../utils/db/article-list';
import type { RandnotizDb } from '../../utils/db/schema';
import { StorageError } from '../../utils/db/storage-errors';
import { sampleArticle, snapshotDatabase, useFreshTestDb } from '../fixtures/db/test-database';

const PAGE = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/';

const currentDb = useFreshTestDb();
let db: RandnotizDb;
beforeEach(() => {
  db = currentDb();
});

async function clip(overrides: Parameters<typeof sampleArticle>[0] = {}) {
  return (await saveClippedArticle(sampleArticle(overrides), { pageUrl: PAGE }, db)).article;
}

describe('correcting metadata', () => {
  it('applies the correction to the record and every derived field, and keeps it as an override', async () => {
    const clipped = await clip({ published: '2021-06' });
    expect(clipped).toMatchObject({ published: '2021-06', year: 2021, overrides: {} });
    const corrected = await correctArticleMetadata(
      clipped.id,
      {
        title: '  Ärger   mit der Akte ',
        authorNames: [{ family: 'Beispiel', given: 'Berta' }, { literal: 'Paritätischer Gesamtverband' }],
        published: '2020',
      },
      db,
    );
    expect(corrected).toMatchObject({
      title: 'Ärger mit der Akte',
      titleSort: 'arger mit der akte',
      authors: ['Berta Beispiel', 'Paritätischer Gesamtverband'],
      author: 'Berta Beispiel, Paritätischer Gesamtverband',
      published: '2020',
      year: 2020,
      siteName: 'Sozial PR',
    });
    expect(corrected.overrides).toEqual({
      title: 'Ärger mit der Akte',
      authorNames: [{ family: 'Beispiel', given: 'Berta' }, { literal: 'Paritätischer Gesamtverband' }],
      published: '2020',
    });
    expect(corrected.extracted).toMatchObject({
      title: 'Digitalisierung in der Sozialen Arbeit',
      published: '2021-06',
    });
    expect(await db.articles.get(clipped.id)).toEqual(corrected);
    expect((await listArticles({ year: 2020 }, db)).map((a) => a.id)).toEqual([clipped.id]);
  });

  it('survives a re-clip, which still refreshes the fields nobody corrected', async () => {
    const clipped = await clip();
    await correctArticleMetadata(clipped.id, { authorNames: [{ family: 'Beispiel', given: 'Berta' }] }, db);
    const reclipped = await clip({
      title: 'Neuer Titel',
      authorNames: [{ literal: 'Foto: dpa' }],
      authors: ['Foto: dpa'],
      published: '2019-07-03',
    });
    expect(reclipped.id).toBe(clipped.id);
    expect(reclipped).toMatchObject({
      title: 'Neuer Titel',
      authorNames: [{ family: 'Beispiel', given: 'Berta' }],
      author: 'Berta Beispiel',
      published: '2019-07-03',
    });
    expect(reclipped.extracted.authorNames).toEqual([{ literal: 'Foto: dpa' }]);
  });

  it('can be taken back: the extractor’s latest value returns', async () => {
    const clipped = await clip();
    await correctArticleMetadata(clipped.id, { published: null, siteName: 'AWO Bundesverband' }, db);
    expect(await db.articles.get(clipped.id)).toMatchObject({
      published: null,
      year: null,
      siteName: 'AWO Bundesverband',
    });
    const reverted = await revertArticleMetadata(clipped.id, ['published'], db);
    expect(reverted).toMatchObject({ published: '2019-07-02', year: 2019, siteName: 'AWO Bundesverband' });
    expect(reverted.overrides).toEqual({ siteName: 'AWO Bundesverband' });
  });

  it.each([
    [{ published: '2021-13' }, /YYYY/],
    [{ published: '21.06.2021' }, /YYYY/],
    [{ title: '   ' }, /title cannot be empty/],
    [{ authorNames: [{ family: '', given: 'Berta' }] }, /family name/],
    [{ authorNames: 'Berta Beispiel' }, /must be a list/],
    [{ title: 'x'.repeat(1001) }, /too long/],
  ])('refuses %j with a clear message and leaves the library untouched', async (correction, message) => {
    const clipped = await clip();
    const before = await snapshotDatabase(db);
    const attempt = correctArticleMetadata(clipped.id, correction as never, db);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(message);
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('drops empty author rows instead of storing nameless authors', async () => {
    const clipped = await clip();
    const corrected = await correctArticleMetadata(
      clipped.id,
      { authorNames: [{ family: ' ', given: '' }, { literal: 'Caritas' }] },
      db,
    );
    expect(corrected.authorNames).toEqual([{ literal: 'Caritas' }]);
  });

  it('says so when the article does not exist', async () => {
    await expect(correctArticleMetadata('nope', { title: 'X' }, db)).rejects.toThrow(/No article/);
  });
});
