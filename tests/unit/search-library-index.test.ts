import { afterEach, describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../../utils/db/annotations';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { deleteArticle, restoreArticle } from '../../utils/db/article-deletion';
import { updateArticleUserFields } from '../../utils/db/article-user-fields';
import type { RandnotizDb } from '../../utils/db/schema';
import { LIBRARY_INDEX_KEY, readStoredIndex } from '../../utils/search/index-storage';
import { diffWatermarks, readWatermarks } from '../../utils/search/index-watermarks';
import { LibrarySearch } from '../../utils/search/library-search';
import { SEARCH_INDEX_FORMAT } from '../../utils/search/search-engine';
import { sampleArticle, useFreshTestDb } from '../fixtures/db/test-database';

const getDb = useFreshTestDb();
const open: LibrarySearch[] = [];

afterEach(async () => {
  for (const search of open.splice(0)) await search.close();
});

function librarySearch(db: RandnotizDb): LibrarySearch {
  const search = new LibrarySearch(db, { batchSize: 2, saveDelayMs: 60_000 });
  open.push(search);
  return search;
}

async function clip(db: RandnotizDb, slug: string, title: string, text: string): Promise<string> {
  const outcome = await saveClippedArticle(
    sampleArticle({ title, text, canonicalUrl: `https://example.org/${slug}` }),
    { pageUrl: `https://example.org/${slug}` },
    db,
  );
  return outcome.article.id;
}

async function synced(search: LibrarySearch, db: RandnotizDb): Promise<void> {
  await search.sync(await readWatermarks(db));
}

const TOPICS = ['Sozialraum', 'Teilhabe', 'Pflege', 'Jugendhilfe', 'Beratung'];

const hits = (search: LibrarySearch, query: string) => search.search(query)?.map((hit) => hit.id) ?? null;

describe('the library search index', () => {
  it('indexes every article, in batches, and reports its progress', async () => {
    const db = getDb();
    const ids = [];
    for (let n = 0; n < 5; n += 1)
      ids.push(await clip(db, `a${n}`, `Artikel ${n}`, `Gemeinsamer Text über ${TOPICS[n]}`));
    const search = librarySearch(db);
    const phases: string[] = [];
    search.subscribe((status) => phases.push(status.phase));
    expect(search.search('Artikel')).toBeNull();
    await synced(search, db);
    expect(phases).toContain('indexing');
    expect(search.status).toMatchObject({ phase: 'ready', indexed: 5, total: 5 });
    expect(new Set(hits(search, 'gemeinsamer'))).toEqual(new Set(ids));
    expect(hits(search, 'jugendhilfe')).toEqual([ids[3]]);
  });

  it('follows additions, edits, annotation notes and deletions incrementally', async () => {
    const db = getDb();
    const first = await clip(db, 'first', 'Teilhabe im Quartier', 'Inklusion beginnt vor Ort.');
    const search = librarySearch(db);
    await synced(search, db);

    const second = await clip(db, 'second', 'Onlineberatung für Jugendliche', 'Chat und Messenger.');
    expect(diffWatermarks(new Map(), await readWatermarks(db)).changed).toHaveLength(2);
    await synced(search, db);
    expect(hits(search, 'onlineberatung')).toEqual([second]);

    await updateArticleUserFields(first, { pageNote: 'Für den Förderantrag', tags: ['Sozialraum'] }, db);
    await synced(search, db);
    expect(hits(search, 'foerderantrag')).toEqual([first]);
    expect(hits(search, 'sozialraum')).toEqual([first]);

    const annotation = await createAnnotation({ articleId: second, start: 0, end: 4, colour: 'yellow' }, db);
    await updateAnnotation(annotation.id, { note: 'Datenschutzfrage klären' }, db);
    await synced(search, db);
    expect(hits(search, 'klaeren')).toEqual([second]);
    await deleteAnnotation(annotation.id, db);
    await synced(search, db);
    expect(hits(search, 'klaeren')).toEqual([]);

    const deleted = await deleteArticle(first, db);
    await synced(search, db);
    expect(hits(search, 'teilhabe')).toEqual([]);
    await restoreArticle(deleted!, db);
    await synced(search, db);
    expect(hits(search, 'teilhabe')).toEqual([first]);
  });

  it('survives a restart: the saved index answers at once and only changes are re-indexed', async () => {
    const db = getDb();
    const kept = await clip(
      db,
      'kept',
      'Wohlfahrtsverbände und KI',
      'Künstliche Intelligenz in der Wohlfahrt.',
    );
    const gone = await clip(db, 'gone', 'Ehrenamt stärken', 'Freiwillige gewinnen.');
    const before = librarySearch(db);
    await synced(before, db);
    await before.save();
    const stored = await readStoredIndex(db);
    expect(stored).toMatchObject({ key: LIBRARY_INDEX_KEY, format: SEARCH_INDEX_FORMAT });
    expect(Object.keys(stored!.watermarks).sort()).toEqual([kept, gone].sort());

    await deleteArticle(gone, db);
    const added = await clip(db, 'added', 'Medienkompetenz fördern', 'Projekte in Schulen.');

    const after = librarySearch(db);
    await after.open();
    // Straight from storage, before any sync: the old state, including the article deleted since.
    expect(hits(after, 'kuenstliche')).toEqual([kept]);
    expect(hits(after, 'ehrenamt')).toEqual([gone]);
    const reindexed: number[] = [];
    after.subscribe((status) => reindexed.push(status.indexed));
    await synced(after, db);
    expect(hits(after, 'ehrenamt')).toEqual([]);
    expect(hits(after, 'medienkompetenz')).toEqual([added]);
    expect(after.status).toMatchObject({ phase: 'ready', indexed: 2, total: 2 });
    // Only the added article was loaded: progress started at 1 of 2, not at 0.
    expect(Math.min(...reindexed)).toBe(1);
  });

  it('rebuilds from scratch when the stored index has another format or is unreadable', async () => {
    const db = getDb();
    const id = await clip(db, 'x', 'Kinder- und Jugendhilfe', 'SGB VIII im Alltag.');
    await db.searchIndex.put({
      key: LIBRARY_INDEX_KEY,
      format: SEARCH_INDEX_FORMAT,
      index: '{broken',
      watermarks: { [id]: 'stale' },
      savedAt: 0,
    });
    const search = librarySearch(db);
    await synced(search, db);
    expect(hits(search, 'jugendhilfe')).toEqual([id]);

    await db.searchIndex.put({
      key: LIBRARY_INDEX_KEY,
      format: SEARCH_INDEX_FORMAT + 1,
      index: '{}',
      watermarks: {},
      savedAt: 0,
    });
    const other = librarySearch(db);
    await synced(other, db);
    expect(hits(other, 'jugendhilfe')).toEqual([id]);
  });
});
