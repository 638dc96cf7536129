import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../utils/db/records';
import type { RandnotizDb } from '../../utils/db/schema';
import { LATEST_SCHEMA_VERSION } from '../../utils/db/schema-versions';
import { StorageError } from '../../utils/db/storage-errors';
import type { Article } from '../../utils/extract/types';
import { exportMarkdown } from '../../utils/export/markdown-export';
import { loadExportBundle } from '../../utils/export/load-bundle';
import { useFreshTestDb } from '../fixtures/db/test-database';
import { buildSampleLibrary } from '../golden/sample-library';
import { extractSeedArticle } from '../golden/seed-bundle';

const currentDb = useFreshTestDb();
let db: RandnotizDb;
let seed: Article;
let seedRecord: ArticleRecord;
let other: ArticleRecord;
let pending: ArticleRecord;

beforeAll(() => {
  seed = extractSeedArticle();
});
beforeEach(async () => {
  db = currentDb();
  [seedRecord, other, pending] = (await buildSampleLibrary(db, seed)) as [
    ArticleRecord,
    ArticleRecord,
    ArticleRecord,
  ];
});

describe('loadExportBundle', () => {
  it('a reading list: its articles in list order with bodies and highlights in reading order, no settings', async () => {
    const bundle = await loadExportBundle({ kind: 'list', listId: 'list-1' }, db, () => 1234);
    expect(bundle.articles.map((entry) => entry.article.id)).toEqual([other.id, seedRecord.id]);
    expect(bundle.articles[1]?.body?.text).toBe(seed.text);
    expect(bundle.articles[1]?.annotations.map((a) => a.quote)).toEqual([
      'Damit habe ich zwei Probleme',
      'Design Thinking praktiziert die Soziale Arbeit',
    ]);
    expect(bundle.lists.map((list) => [list.list.name, list.entries.length])).toEqual([['Seminar', 2]]);
    expect(bundle).toMatchObject({ settings: [], schemaVersion: LATEST_SCHEMA_VERSION, exportedAt: 1234 });
  });

  it('the whole library: every article, newest clip first, every list and setting; pending entries without body', async () => {
    const bundle = await loadExportBundle({ kind: 'library' }, db);
    expect(bundle.articles.map((entry) => entry.article.id).sort()).toEqual(
      [seedRecord.id, other.id, pending.id].sort(),
    );
    const clipped = bundle.articles.map((entry) => entry.article.clippedAt);
    expect(clipped).toEqual([...clipped].sort((a, b) => b - a));
    expect(bundle.articles.find((entry) => entry.article.id === pending.id)?.body).toBeNull();
    expect(bundle.settings.map((setting) => setting.key)).toEqual(['ui.fontSize']);
  });

  it('a selection: the given articles in the given order, unknown ids skipped', async () => {
    const bundle = await loadExportBundle(
      { kind: 'articles', articleIds: [pending.id, 'gone', seedRecord.id] },
      db,
    );
    expect(bundle.articles.map((entry) => entry.article.id)).toEqual([pending.id, seedRecord.id]);
    expect(bundle.lists).toEqual([]);
  });

  it('a list that was deleted in the meantime is reported, not exported empty', async () => {
    await expect(loadExportBundle({ kind: 'list', listId: 'nope' }, db)).rejects.toMatchObject({
      constructor: StorageError,
      kind: 'not-found',
    });
  });
});

describe('Markdown export of several articles', () => {
  it('zips one file per article and an index linking them in list order', async () => {
    const bundle = await loadExportBundle({ kind: 'list', listId: 'list-1' }, db);
    const file = exportMarkdown(bundle);
    expect(file).toMatchObject({ name: 'Seminar.zip', mimeType: 'application/zip' });
    const files = unzipSync(file.data as Uint8Array);
    expect(Object.keys(files)).toEqual([
      'Seminar.md',
      'Digitalisierung in der Sozialen Arbeit.md',
      'Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt.md',
    ]);
    const index = strFromU8(files['Seminar.md']!);
    expect(index).toContain(
      '1. [[Digitalisierung in der Sozialen Arbeit|Digitalisierung in der Sozialen Arbeit]]',
    );
    expect(index).toContain('2. [[Digitalisierung braucht die Erfahrung der Sozialen Arbeit und Wohlfahrt|');
  });

  it('a "not yet loaded" entry says so and links the page', async () => {
    const bundle = await loadExportBundle({ kind: 'articles', articleIds: [pending.id] }, db);
    const file = exportMarkdown(bundle, { locale: 'en' });
    expect(file.data).toContain(
      '*Not loaded yet: the article is saved when it is first opened.* <https://www.caritas.de/',
    );
  });
});
