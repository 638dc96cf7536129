import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '../../utils/db/annotations';
import { findByUrl, getArticleWithBody } from '../../utils/db/article-lookup';
import { articleIndexKeys, withoutIndexKeys } from '../../utils/db/article-index-keys';
import { listArticles } from '../../utils/db/article-list';
import { loadLibraryFacets } from '../../utils/db/library-facets';
import type { AnnotationRecord, ArticleRecord, ListEntryRecord } from '../../utils/db/records';
import { RandnotizDb } from '../../utils/db/schema';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, storesAtVersion } from '../../utils/db/schema-versions';
import { createDatabaseAtVersion, type DatabaseFixture } from '../fixtures/db/fixture-database';
import { fakeIndexedDb } from '../fixtures/db/test-database';

const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/db');

function loadFixtures(): DatabaseFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => /^v\d+\.json$/.test(file))
    .map((file) => JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as DatabaseFixture)
    .sort((a, b) => a.schemaVersion - b.schemaVersion);
}

const fixtures = loadFixtures();

function rows<T>(fixture: DatabaseFixture, table: string): T[] {
  return (fixture.tables[table] ?? []) as unknown as T[];
}

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … with no gaps, and the class opens the latest', async () => {
    expect(SCHEMA_VERSIONS.map((step) => step.version)).toEqual(SCHEMA_VERSIONS.map((_, index) => index + 1));
    const db = new RandnotizDb(`randnotiz-versions-${crypto.randomUUID()}`, fakeIndexedDb);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      Object.keys(storesAtVersion(LATEST_SCHEMA_VERSION)).sort(),
    );
    await db.delete();
  });

  it('each have a fixture of the version before them (the first has its own)', () => {
    const covered = new Set(fixtures.map((fixture) => fixture.schemaVersion));
    for (const step of SCHEMA_VERSIONS) expect(covered.has(Math.max(1, step.version - 1))).toBe(true);
  });
});

async function openFixtureWithCurrentSchema(fixture: (typeof fixtures)[number]): Promise<RandnotizDb> {
  const name = `randnotiz-migration-${crypto.randomUUID()}`;
  await createDatabaseAtVersion(name, fixture);
  const db = new RandnotizDb(name, fakeIndexedDb);
  await db.open();
  return db;
}

describe('the fixture of the latest version', () => {
  it('reads back row for row when no migration ran', async () => {
    const latest = fixtures.find((fixture) => fixture.schemaVersion === LATEST_SCHEMA_VERSION);
    expect(latest, `a fixture of schema v${LATEST_SCHEMA_VERSION}`).toBeDefined();
    const db = await openFixtureWithCurrentSchema(latest!);
    for (const [tableName, fixtureRows] of Object.entries(latest!.tables)) {
      // Stored as written, and read as the app knows its rows (index keys stay inside the database).
      expect(new Set(await db.table(tableName).toCollection().raw().toArray()), tableName).toEqual(
        new Set(fixtureRows),
      );
      expect(new Set(await db.table(tableName).toArray()), tableName).toEqual(
        new Set(fixtureRows.map((row) => withoutIndexKeys(row))),
      );
    }
    await db.delete();
  });
});

describe.each(fixtures.map((fixture) => [fixture.schemaVersion, fixture] as const))(
  'fixture database v%i opened by the current schema',
  (_version, fixture) => {
    const openMigrated = () => openFixtureWithCurrentSchema(fixture);

    it('keeps every article, body, annotation, list, entry and setting', async () => {
      const db = await openMigrated();
      for (const [tableName, fixtureRows] of Object.entries(fixture.tables)) {
        expect(await db.table(tableName).count(), tableName).toBe(fixtureRows.length);
      }
      for (const article of rows<ArticleRecord>(fixture, 'articles')) {
        const stored = await db.articles.get(article.id);
        expect(stored).toMatchObject({ title: article.title, urlKey: article.urlKey, tags: article.tags });
        expect(stored?.pageNote).toBe(article.pageNote);
      }
      await db.delete();
    });

    it('keeps annotations with their notes and orphan flags, anchored in the stored text', async () => {
      const db = await openMigrated();
      for (const annotation of rows<AnnotationRecord>(fixture, 'annotations')) {
        const [stored] = (await listAnnotations(annotation.articleId, db)).filter(
          (a) => a.id === annotation.id,
        );
        expect(stored).toMatchObject({
          note: annotation.note,
          orphaned: annotation.orphaned,
          quote: annotation.quote,
        });
        if (stored && !stored.orphaned) {
          const text = (await getArticleWithBody(stored.articleId, db))?.body?.text ?? '';
          expect(text.slice(stored.selectors.position.start, stored.selectors.position.end)).toBe(
            stored.quote,
          );
        }
      }
      await db.delete();
    });

    it('answers the library queries through its indexes', async () => {
      const db = await openMigrated();
      const articles = rows<ArticleRecord>(fixture, 'articles');
      for (const article of articles) expect((await findByUrl(article.urlKey, db))?.id).toBe(article.id);
      const newestFirst = [...articles].sort((a, b) => b.clippedAt - a.clippedAt).map((a) => a.id);
      expect((await listArticles({}, db)).map((a) => a.id)).toEqual(newestFirst);
      const tagged = articles.filter((a) => a.tags.includes('Datenschutz')).map((a) => a.id);
      expect((await listArticles({ tag: 'Datenschutz' }, db)).map((a) => a.id)).toEqual(tagged);
      for (const list of rows<{ id: string }>(fixture, 'readingLists')) {
        const inOrder = rows<ListEntryRecord>(fixture, 'listEntries')
          .filter((entry) => entry.listId === list.id)
          .sort((a, b) => a.position - b.position)
          .map((entry) => entry.articleId);
        expect((await listArticles({ listId: list.id }, db)).map((a) => a.id)).toEqual(inOrder);
      }
      await db.delete();
    });
  },
);

describe('v2 → v3: citation-ready metadata', () => {
  const v2 = fixtures.find((fixture) => fixture.schemaVersion === 2)!;

  it('gives every article structured names from its author strings, provenance, no corrections', async () => {
    const db = await openFixtureWithCurrentSchema(v2);
    for (const old of rows<ArticleRecord>(v2, 'articles')) {
      const migrated = await db.articles.get(old.id);
      expect(migrated?.authors).toEqual(old.authors);
      expect(migrated?.authorNames).toHaveLength(old.authors.length);
      expect(migrated?.overrides).toEqual({});
      expect(migrated?.extracted).toEqual({
        title: old.title,
        authorNames: migrated?.authorNames,
        published: old.published,
        siteName: old.siteName,
      });
      expect(migrated?.provenance.published.source).toBe(old.published ? 'unknown' : 'none');
      expect(migrated?.provenance.authors.source).toBe(old.authors.length ? 'unknown' : 'none');
    }
    const withAuthor = await db.articles.get('6f1c2b9e-3d4a-4c5b-9e8f-1a2b3c4d5e01');
    expect(withAuthor?.authorNames).toEqual([{ family: 'Beispiel', given: 'Anna' }]);
    await db.delete();
  });

  it('keeps corrections made after the upgrade through a later re-open', async () => {
    const db = await openFixtureWithCurrentSchema(v2);
    const { correctArticleMetadata } = await import('../../utils/db/article-metadata');
    await correctArticleMetadata('6f1c2b9e-3d4a-4c5b-9e8f-1a2b3c4d5e01', { published: '2021-03' }, db);
    db.close();
    const again = new RandnotizDb(db.name, fakeIndexedDb);
    await again.open();
    expect(await again.articles.get('6f1c2b9e-3d4a-4c5b-9e8f-1a2b3c4d5e01')).toMatchObject({
      published: '2021-03',
      overrides: { published: '2021-03' },
    });
    await again.delete();
  });
});

describe('v3 → v4: list indexes', () => {
  const v3 = fixtures.find((fixture) => fixture.schemaVersion === 3)!;

  it('gives every article its index keys, computed from the row, and leaves its fields as they were', async () => {
    const db = await openFixtureWithCurrentSchema(v3);
    const stored = await db.articles.toCollection().raw().toArray();
    expect(stored).toHaveLength(rows(v3, 'articles').length);
    for (const old of rows<ArticleRecord>(v3, 'articles')) {
      const row = stored.find((candidate) => candidate.id === old.id)!;
      expect(withoutIndexKeys(row)).toEqual(old);
      expect(row).toMatchObject(articleIndexKeys(old));
      expect(await db.articles.get(old.id)).toEqual(old);
    }
    const undated = stored.find((row) => row.published === null)!;
    expect(undated).toMatchObject({ publishedKey: '' });
    await db.delete();
  });

  it('counts the articles per tag, site and year for the filter menus', async () => {
    const db = await openFixtureWithCurrentSchema(v3);
    const articles = rows<ArticleRecord>(v3, 'articles');
    const facets = await loadLibraryFacets(db);
    expect(facets.tags.sort()).toEqual([...new Set(articles.flatMap((a) => a.tags))].sort());
    expect(facets.sites.sort()).toEqual(
      [...new Set(articles.flatMap((a) => (a.siteName ? [a.siteName] : [])))].sort(),
    );
    expect(facets.years).toEqual(
      [...new Set(articles.flatMap((a) => (a.year === null ? [] : [a.year])))].sort((a, b) => b - a),
    );
    const counts = await db.libraryFacets.toArray();
    const byValue = counts.filter((entry) => ['tag', 'site', 'year'].includes(entry.kind));
    expect(byValue.every((entry) => entry.count === 1)).toBe(true);
    expect(counts.find((entry) => entry.kind === 'all')?.count).toBe(articles.length);
    const statuses = counts.filter((entry) => entry.kind === 'status');
    expect(statuses.reduce((sum, entry) => sum + entry.count, 0)).toBe(articles.length);
    await db.delete();
  });

  it('answers every filter and sort from the new indexes, undated articles last both ways', async () => {
    const db = await openFixtureWithCurrentSchema(v3);
    const articles = rows<ArticleRecord>(v3, 'articles');
    const dated = articles
      .filter((a) => a.published !== null)
      .sort((a, b) => a.published!.localeCompare(b.published!));
    const undated = articles.filter((a) => a.published === null).map((a) => a.id);
    const ids = (list: ArticleRecord[]) => list.map((a) => a.id);
    expect(ids(await listArticles({ sort: 'published', direction: 'asc' }, db))).toEqual([
      ...ids(dated),
      ...undated,
    ]);
    expect(ids(await listArticles({ sort: 'published', direction: 'desc' }, db))).toEqual([
      ...ids(dated).reverse(),
      ...undated,
    ]);
    const [first] = articles;
    expect(ids(await listArticles({ status: first!.status, sort: 'title' }, db))).toContain(first!.id);
    expect(ids(await listArticles({ tag: first!.tags[0], sort: 'published' }, db))).toContain(first!.id);
    expect(ids(await listArticles({ siteName: first!.siteName!, sort: 'clippedAt' }, db))).toEqual([
      first!.id,
    ]);
    await db.delete();
  });
});
