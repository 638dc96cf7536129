import { afterEach, describe, expect, it } from 'vitest';
import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../../utils/db/annotations';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { deleteArticle, restoreArticle } from '../../utils/db/article-deletion';
import { updateArticleUserFields } from '../../utils/db/article-user-fields';
import type { RandnotizDb } from '../../utils/db/schema';
import { createSearchStore } from '../../utils/db/search-store';
import { MANIFEST_KEY, SEARCH_INDEX_FORMAT } from '../../utils/search/index-pieces';
import { LibrarySearch, type LibrarySearchOptions } from '../../utils/search/library-search';
import { sampleArticle, useFreshTestDb } from '../fixtures/db/test-database';

const getDb = useFreshTestDb();
const open: LibrarySearch[] = [];

afterEach(async () => {
  for (const search of open.splice(0)) await search.close();
});

function librarySearch(db: RandnotizDb, options: LibrarySearchOptions = { batchSize: 2 }): LibrarySearch {
  const search = new LibrarySearch(createSearchStore(db), options);
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

const TOPICS = ['Sozialraum', 'Teilhabe', 'Pflege', 'Jugendhilfe', 'Beratung'];

async function hits(search: LibrarySearch, query: string): Promise<string[] | null> {
  return (await search.search(query))?.map((hit) => hit.id) ?? null;
}

async function manifest(db: RandnotizDb) {
  return (await db.searchIndex.get(MANIFEST_KEY))?.piece as {
    format: number;
    nextDoc: number;
    segments: { id: number; firstDoc: number; endDoc: number }[];
  };
}

describe('the library search index', () => {
  it('indexes every article, in batches, and reports its progress', async () => {
    const db = getDb();
    const ids = [];
    for (let n = 0; n < 5; n += 1)
      ids.push(await clip(db, `a${n}`, `Artikel ${n}`, `Gemeinsamer Text über ${TOPICS[n]}`));
    const search = librarySearch(db);
    const phases: string[] = [];
    search.subscribe((status) => phases.push(status.phase));
    expect(await search.search('Artikel')).toBeNull();
    await search.sync();
    expect(phases).toContain('indexing');
    expect(search.status).toMatchObject({ phase: 'ready', indexed: 5, total: 5 });
    expect(new Set(await hits(search, 'gemeinsamer'))).toEqual(new Set(ids));
    expect(await hits(search, 'jugendhilfe')).toEqual([ids[3]]);
  });

  it('follows additions, edits, annotation notes and deletions incrementally', async () => {
    const db = getDb();
    const first = await clip(db, 'first', 'Teilhabe im Quartier', 'Inklusion beginnt vor Ort.');
    const search = librarySearch(db);
    await search.sync();

    const second = await clip(db, 'second', 'Onlineberatung für Jugendliche', 'Chat und Messenger.');
    await search.sync();
    expect(await hits(search, 'onlineberatung')).toEqual([second]);

    await updateArticleUserFields(first, { pageNote: 'Für den Förderantrag', tags: ['Sozialraum'] }, db);
    await search.sync();
    expect(await hits(search, 'foerderantrag')).toEqual([first]);
    expect(await hits(search, 'sozialraum')).toEqual([first]);

    const annotation = await createAnnotation({ articleId: second, start: 0, end: 4, colour: 'yellow' }, db);
    await updateAnnotation(annotation.id, { note: 'Datenschutzfrage klären' }, db);
    await search.sync();
    expect(await hits(search, 'klaeren')).toEqual([second]);
    // A deletion leaves no newer row behind: the annotation count tells.
    const removed = await deleteAnnotation(annotation.id, db);
    await search.sync();
    expect(await hits(search, 'klaeren')).toEqual([]);
    // An undo puts the row back with its old time: the count tells again.
    await restoreAnnotation(removed!, db);
    await search.sync();
    expect(await hits(search, 'klaeren')).toEqual([second]);

    const deleted = await deleteArticle(first, db);
    await search.sync();
    expect(await hits(search, 'teilhabe')).toEqual([]);
    await restoreArticle(deleted!, db);
    await search.sync();
    expect(await hits(search, 'teilhabe')).toEqual([first]);
    expect(search.status).toMatchObject({ phase: 'ready', indexed: 2, total: 2 });
  });

  it('updates one article without rewriting the index: one small segment, merged later in the background', async () => {
    const db = getDb();
    for (let n = 0; n < 3; n += 1) await clip(db, `b${n}`, `Bestand ${n}`, 'Gemeinsamer Text.');
    const search = librarySearch(db);
    await search.sync();
    await search.idle();
    const before = await db.searchIndex.toArray();
    const id = await clip(db, 'neu', 'Quartiersmanagement', 'Ein neuer Text über Nachbarschaft.');
    await search.sync();
    const after = await db.searchIndex.toArray();
    // Every piece that held the older articles is untouched; the new one got its own pieces.
    const unchanged = before.filter((row) => row.key.startsWith('t/'));
    for (const row of unchanged)
      expect(after.find((other) => other.key === row.key)?.piece).toEqual(row.piece);
    expect(after.length).toBeGreaterThan(before.length);
    expect(await hits(search, 'nachbarschaft')).toEqual([id]);

    // Re-clipping the same page several times: each version replaces the last, merges drop the old ones.
    for (let n = 0; n < 8; n += 1) {
      await clip(db, 'neu', 'Quartiersmanagement', `Fassung ${n} über Nachbarschaft.`);
      await search.sync();
    }
    await search.idle();
    expect(await hits(search, 'nachbarschaft')).toEqual([id]);
    expect(await hits(search, 'fassung')).toEqual([id]);
    const { segments } = await manifest(db);
    expect(segments.length).toBeLessThan(8);
    const stored = await db.searchIndex.where('key').startsWith('t/na/').toArray();
    const postings = stored.reduce(
      (sum, row) => sum + (row.piece as { postings: Uint8Array }).postings.length,
      0,
    );
    expect(postings).toBeLessThan(40);
  });

  it('survives a restart: the stored index answers at once and only changes are re-indexed', async () => {
    const db = getDb();
    const kept = await clip(
      db,
      'kept',
      'Wohlfahrtsverbände und KI',
      'Künstliche Intelligenz in der Wohlfahrt.',
    );
    const gone = await clip(db, 'gone', 'Ehrenamt stärken', 'Freiwillige gewinnen.');
    const before = librarySearch(db);
    await before.sync();
    await before.close();
    expect(await manifest(db)).toMatchObject({ format: SEARCH_INDEX_FORMAT, nextDoc: 2 });

    await deleteArticle(gone, db);
    const added = await clip(db, 'added', 'Medienkompetenz fördern', 'Projekte in Schulen.');

    const after = librarySearch(db);
    await after.open();
    // Straight from storage, before any sync: the old state, including the article deleted since.
    expect(await hits(after, 'kuenstliche')).toEqual([kept]);
    expect(await hits(after, 'ehrenamt')).toEqual([gone]);
    const reindexed: number[] = [];
    after.subscribe((status) => reindexed.push(status.indexed));
    await after.sync();
    expect(await hits(after, 'ehrenamt')).toEqual([]);
    expect(await hits(after, 'medienkompetenz')).toEqual([added]);
    expect(after.status).toMatchObject({ phase: 'ready', indexed: 2, total: 2 });
    // Only the added article was loaded: progress started at 1 of 2, not at 0.
    expect(Math.min(...reindexed)).toBe(1);
    expect((await manifest(db)).nextDoc).toBe(3);
  });

  it('keeps two contexts writing the same index consistent', async () => {
    const db = getDb();
    const one = librarySearch(db);
    const two = librarySearch(db);
    const a = await clip(db, 'a', 'Schuldnerberatung', 'Text.');
    await one.sync();
    const b = await clip(db, 'b', 'Suchtberatung', 'Text.');
    await two.sync();
    await one.sync();
    await Promise.all([one.idle(), two.idle()]);
    const third = librarySearch(db);
    await third.sync();
    expect(new Set(await hits(third, 'beratung'))).toEqual(new Set());
    expect(new Set(await hits(third, 'schuldnerberatung'))).toEqual(new Set([a]));
    expect(new Set(await hits(third, 'suchtberatung'))).toEqual(new Set([b]));
    expect((await manifest(db)).nextDoc).toBe(2);
  });
});

describe('a damaged or foreign stored index', () => {
  it('is rebuilt when the manifest is malformed or of another format, such as the old single-row index', async () => {
    const db = getDb();
    const id = await clip(db, 'x', 'Kinder- und Jugendhilfe', 'SGB VIII im Alltag.');
    // What earlier releases stored: MiniSearch's JSON in one row.
    await db.searchIndex.put({
      key: MANIFEST_KEY,
      format: 1,
      index: '{broken',
      watermarks: { [id]: 'x' },
    } as never);
    const search = librarySearch(db);
    await search.sync();
    expect(await hits(search, 'jugendhilfe')).toEqual([id]);
    expect((await manifest(db)).format).toBe(SEARCH_INDEX_FORMAT);

    await db.searchIndex.put({ key: MANIFEST_KEY, piece: { format: SEARCH_INDEX_FORMAT, generation: 'x' } });
    const other = librarySearch(db);
    await other.sync();
    expect(await hits(other, 'jugendhilfe')).toEqual([id]);

    await db.searchIndex.put({ key: MANIFEST_KEY, piece: { format: SEARCH_INDEX_FORMAT + 1 } });
    const newer = librarySearch(db);
    await newer.sync();
    expect(await hits(newer, 'jugendhilfe')).toEqual([id]);
  });

  it('is rebuilt when the document table is missing or a partition is unreadable, never failing a query', async () => {
    const db = getDb();
    const id = await clip(db, 'y', 'Straßensozialarbeit', 'Aufsuchende Arbeit.');
    const first = librarySearch(db);
    await first.sync();
    await first.close();
    await db.searchIndex.where('key').startsWith('d/').delete();
    const second = librarySearch(db);
    await second.sync();
    expect(await hits(second, 'strassensozialarbeit')).toEqual([id]);
    await second.close();

    const [partition] = await db.searchIndex.where('key').startsWith('t/st/').toArray();
    await db.searchIndex.put({ key: partition!.key, piece: { terms: 'garbage' } });
    const third = librarySearch(db);
    await third.sync();
    expect(await hits(third, 'strassensozialarbeit')).toEqual([]);
    await third.idle();
    await expect.poll(() => hits(third, 'strassensozialarbeit')).toEqual([id]);
  });
});
