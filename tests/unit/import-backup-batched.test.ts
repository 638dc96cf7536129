import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord } from '../../utils/db/records';
import type { RandnotizDb } from '../../utils/db/schema';
import { StorageError } from '../../utils/db/storage-errors';
import type { BackupFile } from '../../utils/export/backup-format';
import type { Article } from '../../utils/extract/types';
import { importBackup } from '../../utils/import/import-backup';
import { snapshotDatabase, useFreshTestDb } from '../fixtures/db/test-database';
import { buildSampleLibrary, OTHER_URL, sampleBackup } from '../golden/sample-library';
import { extractSeedArticle } from '../golden/seed-bundle';

// The importer writes in bulk, in chunks, at the end of its one transaction. These tests pin down what the
// per-row writes it replaced guaranteed: collisions get fresh ids, rows merged within the same import end up
// written once in their final form, and a failure in a late chunk takes the earlier chunks with it.

const currentDb = useFreshTestDb();
let db: RandnotizDb;
let sample: BackupFile;
let seed: Article;

beforeAll(async () => {
  seed = extractSeedArticle();
  sample = (await sampleBackup(seed)).backup;
});
beforeEach(() => {
  db = currentDb();
});

/** The sample backup's second article ("other"), its body and its one highlight. */
function otherRows(): { article: ArticleRecord; body: ArticleBodyRecord; annotation: AnnotationRecord } {
  const article = sample.articles.find((a) => a.canonicalUrl === OTHER_URL);
  const body = sample.bodies.find((b) => b.articleId === article?.id);
  const annotation = sample.annotations.find((a) => a.articleId === article?.id);
  if (!article || !body || !annotation) throw new Error('sample library changed');
  return { article, body, annotation };
}

/** `count` copies of the "other" article at their own addresses, each with its body and `perArticle` highlights. */
function manyArticles(count: number, perArticle: number): BackupFile {
  const { article, body, annotation } = otherRows();
  const articles: ArticleRecord[] = [];
  const bodies: ArticleBodyRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  for (let n = 0; n < count; n++) {
    const id = `copy-${n}`;
    const url = `https://copies.example/${n}`;
    articles.push({ ...article, id, urlKey: url, aliasKeys: [], canonicalUrl: url });
    bodies.push({ ...body, articleId: id });
    for (let h = 0; h < perArticle; h++)
      annotations.push({ ...annotation, id: `${id}-h${h}`, articleId: id });
  }
  return {
    ...sample,
    articles,
    bodies,
    annotations,
    readingLists: [],
    listEntries: [],
    settings: [],
    counts: {
      articles: count,
      bodies: count,
      annotations: annotations.length,
      readingLists: 0,
      listEntries: 0,
      settings: 0,
    },
  };
}

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });

describe('importBackup in bulk', () => {
  it('writes thousands of articles across several chunks exactly as they are in the backup', async () => {
    const backup = manyArticles(1_300, 3);
    const summary = await importBackup(backup, { db });
    expect(summary).toMatchObject({ articlesAdded: 1_300, articlesMerged: 0, annotationsAdded: 3_900 });
    expect(await db.articles.toArray()).toEqual(
      [...backup.articles].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.bodies.count()).toBe(1_300);
    expect(await db.annotations.toArray()).toEqual(
      [...backup.annotations].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('rolls back every chunk already written when a write in the last chunk fails', async () => {
    const backup = manyArticles(1_300, 3);
    await db.open();
    const before = await snapshotDatabase(db);
    const lastBody = backup.bodies.at(-1)?.articleId;
    db.bodies.hook('creating', (_key, body) => {
      if (body.articleId === lastBody) throw quota();
    });
    const failure = await importBackup(backup, { db }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).kind).toBe('quota');
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('gives an imported highlight whose id the library already uses a fresh id, and keeps both', async () => {
    await buildSampleLibrary(db, seed);
    const taken = (await db.annotations.toArray())[0];
    if (!taken) throw new Error('sample library has no highlight');
    const backup = manyArticles(1, 1);
    backup.annotations = [{ ...backup.annotations[0]!, id: taken.id }];
    const summary = await importBackup(backup, { db });
    expect(summary).toMatchObject({ articlesAdded: 1, annotationsAdded: 1 });
    expect(await db.annotations.get(taken.id)).toEqual(taken);
    const imported = await db.annotations.where('articleId').equals('copy-0').toArray();
    expect(imported).toHaveLength(1);
    expect(imported[0]?.id).not.toBe(taken.id);
    expect(imported[0]).toEqual({ ...backup.annotations[0], id: imported[0]?.id });
  });

  it('leaves the library untouched when an import with an id collision fails midway', async () => {
    await buildSampleLibrary(db, seed);
    const taken = (await db.annotations.toArray())[0];
    if (!taken) throw new Error('sample library has no highlight');
    const backup = manyArticles(1_300, 2);
    backup.annotations[0] = { ...backup.annotations[0]!, id: taken.id };
    const before = await snapshotDatabase(db);
    let created = 0;
    db.annotations.hook('creating', () => {
      if (++created === 1_500) throw quota();
    });
    const failure = await importBackup(backup, { db }).catch((error: unknown) => error);
    expect((failure as StorageError).kind).toBe('quota');
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('merges an article into one added earlier in the same import, writing the final rows once', async () => {
    const { article, body, annotation } = otherRows();
    // A second clip of the same page under another address (same canonical URL), highlighted at the same place.
    const twin: ArticleRecord = {
      ...article,
      id: 'twin',
      urlKey: 'https://mirror.example/other',
      aliasKeys: [],
      tags: ['Zweitclip'],
    };
    const twinNote: AnnotationRecord = {
      ...annotation,
      id: 'twin-h',
      articleId: 'twin',
      colour: 'pink',
      note: 'Zweite Notiz',
      updatedAt: annotation.updatedAt + 1,
    };
    const backup: BackupFile = {
      ...manyArticles(0, 0),
      articles: [article, twin],
      bodies: [body, { ...body, articleId: 'twin' }],
      annotations: [annotation, twinNote],
    };
    const summary = await importBackup(backup, { db });
    expect(summary).toMatchObject({
      articlesAdded: 1,
      articlesMerged: 1,
      annotationsAdded: 1,
      annotationsMerged: 1,
    });
    const stored = await db.articles.toArray();
    expect(stored.map((a) => [a.id, a.tags, a.aliasKeys])).toEqual([
      [article.id, [...article.tags, 'Zweitclip'], ['https://mirror.example/other']],
    ]);
    expect(await db.bodies.toArray()).toEqual([body]);
    expect(await db.annotations.toArray()).toEqual([
      {
        ...annotation,
        colour: 'pink',
        note: `${annotation.note}\n\nZweite Notiz`,
        updatedAt: twinNote.updatedAt,
      },
    ]);
  });

  it('takes the clip of a later backup article for a "not yet loaded" entry added earlier in the same import', async () => {
    const { article, body, annotation } = otherRows();
    const pending: ArticleRecord = {
      ...article,
      id: 'pending',
      urlKey: 'https://mirror.example/pending',
      aliasKeys: [],
      contentHash: null,
      loadState: 'pending',
    };
    const backup: BackupFile = {
      ...manyArticles(0, 0),
      articles: [pending, article],
      bodies: [body],
      annotations: [annotation],
    };
    const summary = await importBackup(backup, { db });
    expect(summary).toMatchObject({ articlesAdded: 1, articlesMerged: 1, annotationsAdded: 1 });
    const [stored] = await db.articles.toArray();
    expect(stored).toMatchObject({ id: 'pending', loadState: 'loaded', contentHash: article.contentHash });
    expect(await db.bodies.toArray()).toEqual([{ ...body, articleId: 'pending' }]);
    expect(await db.annotations.toArray()).toEqual([{ ...annotation, articleId: 'pending' }]);
  });

  it('merges into a library article found only through an address an earlier backup article gave it', async () => {
    await buildSampleLibrary(db, seed);
    const mine = await db.articles.where('canonicalUrl').equals(OTHER_URL).first();
    const myHighlight = await db.annotations
      .where('articleId')
      .equals(mine?.id ?? '')
      .first();
    if (!mine || !myHighlight) throw new Error('sample library changed');
    const { article, annotation } = otherRows();
    const alias = 'https://alias.example/other';
    // The first copy brings no highlights but teaches the library a second address; the second copy is known
    // only by that address, so nothing about it could be read ahead before the import began.
    const first: ArticleRecord = { ...article, aliasKeys: [alias] };
    const second: ArticleRecord = {
      ...article,
      id: 'second',
      urlKey: alias,
      aliasKeys: [],
      canonicalUrl: 'https://alias.example/canonical',
      contentHash: 'another version of the text',
    };
    const backup: BackupFile = {
      ...manyArticles(0, 0),
      articles: [first, second],
      annotations: [{ ...annotation, id: 'second-h', articleId: 'second', note: 'Von der Zweitkopie' }],
    };
    const summary = await importBackup(backup, { db });
    expect(summary).toMatchObject({
      articlesAdded: 0,
      articlesMerged: 2,
      annotationsAdded: 0,
      annotationsMerged: 1,
    });
    const merged = await db.annotations.where('articleId').equals(mine.id).toArray();
    expect(merged.map((a) => [a.id, a.note])).toEqual([
      [myHighlight.id, `${myHighlight.note}\n\nVon der Zweitkopie`],
    ]);
  });
});
