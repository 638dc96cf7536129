import { beforeEach, describe, expect, it } from 'vitest';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { deleteArticle } from '../../utils/db/article-deletion';
import {
  addArticleToList,
  createReadingList,
  deleteReadingList,
  listArticlesOfList,
  listIdsOfArticle,
  listReadingLists,
  removeArticleFromList,
  restoreListEntry,
  restoreReadingList,
  updateReadingList,
} from '../../utils/db/reading-lists';
import { moveListEntry, placeListEntry } from '../../utils/db/list-entry-order';
import type { ReadingListRecord } from '../../utils/db/records';
import type { RandnotizDb } from '../../utils/db/schema';
import { sampleArticle, snapshotDatabase, useFreshTestDb } from '../fixtures/db/test-database';

const currentDb = useFreshTestDb();
let db: RandnotizDb;
beforeEach(() => {
  db = currentDb();
});

async function clip(slug: string): Promise<string> {
  const url = `https://sozial-pr.example/${slug}/`;
  const { article } = await saveClippedArticle(
    sampleArticle({ title: `Artikel ${slug}`, canonicalUrl: url }),
    { pageUrl: url },
    db,
  );
  return article.id;
}

/** A list "Liste" holding one clipped article per slug, in that order. */
async function listWith(...slugs: string[]): Promise<{ list: ReadingListRecord; ids: string[] }> {
  const ids: string[] = [];
  for (const slug of slugs) ids.push(await clip(slug));
  const list = await createReadingList('Liste', '', db);
  for (const id of ids) await addArticleToList(list.id, id, db);
  return { list, ids };
}

async function titlesOf(listId: string): Promise<string[]> {
  return (await listArticlesOfList(listId, db)).map((article) => article.title);
}

describe('reading list records', () => {
  it('creates lists with a trimmed name and lists them in German order with counts', async () => {
    const seminar = await createReadingList('  Seminar   Digitalisierung ', 'WiSe 2026', db);
    await createReadingList('Ämter und Träger', '', db);
    await createReadingList('Bericht', '', db);
    expect(seminar.name).toBe('Seminar Digitalisierung');
    await addArticleToList(seminar.id, await clip('a'), db);

    const summaries = await listReadingLists(db);
    expect(summaries.map((s) => s.list.name)).toEqual([
      'Ämter und Träger',
      'Bericht',
      'Seminar Digitalisierung',
    ]);
    expect(summaries.map((s) => s.articleCount)).toEqual([0, 0, 1]);
  });

  it('refuses an empty name and leaves the library unchanged', async () => {
    const before = await snapshotDatabase(db);
    await expect(createReadingList('   ', '', db)).rejects.toMatchObject({ kind: 'invalid-input' });
    const list = await createReadingList('Liste', '', db);
    await expect(updateReadingList(list.id, { name: '' }, db)).rejects.toMatchObject({
      kind: 'invalid-input',
    });
    expect((await db.readingLists.get(list.id))?.name).toBe('Liste');
    await db.readingLists.delete(list.id);
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('renames and describes a list, keeping the other field', async () => {
    const list = await createReadingList('Alt', 'Beschreibung', db);
    const renamed = await updateReadingList(list.id, { name: 'Neu' }, db);
    expect(renamed).toMatchObject({ name: 'Neu', description: 'Beschreibung' });
    const described = await updateReadingList(list.id, { description: 'Für den Förderantrag' }, db);
    expect(described).toMatchObject({ name: 'Neu', description: 'Für den Förderantrag' });
    await expect(updateReadingList('missing', { name: 'x' }, db)).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});

describe('memberships', () => {
  it('appends articles in order, ignores a second add, and lets an article be on many lists', async () => {
    const [a, b, c] = [await clip('a'), await clip('b'), await clip('c')];
    const one = await createReadingList('Eins', '', db);
    const two = await createReadingList('Zwei', '', db);
    for (const id of [a, b, c]) await addArticleToList(one.id, id, db);
    await addArticleToList(one.id, a, db);
    await addArticleToList(two.id, a, db);

    expect(await titlesOf(one.id)).toEqual(['Artikel a', 'Artikel b', 'Artikel c']);
    expect((await listIdsOfArticle(a, db)).sort()).toEqual([one.id, two.id].sort());
    await expect(addArticleToList(one.id, 'missing', db)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(addArticleToList('missing', a, db)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('removes an article from one list only, and undo puts it back in its place', async () => {
    const [a, b, c] = [await clip('a'), await clip('b'), await clip('c')];
    const one = await createReadingList('Eins', '', db);
    const two = await createReadingList('Zwei', '', db);
    for (const id of [a, b, c]) await addArticleToList(one.id, id, db);
    await addArticleToList(two.id, b, db);

    const removed = await removeArticleFromList(one.id, b, db);
    expect(await titlesOf(one.id)).toEqual(['Artikel a', 'Artikel c']);
    expect(await titlesOf(two.id)).toEqual(['Artikel b']);
    expect(await db.articles.get(b)).toBeDefined();
    expect(await removeArticleFromList(one.id, b, db)).toBeNull();

    await restoreListEntry(removed!, db);
    expect(await titlesOf(one.id)).toEqual(['Artikel a', 'Artikel b', 'Artikel c']);
  });

  it('moves articles up and down and stops at the ends', async () => {
    const { list, ids } = await listWith('a', 'b', 'c');

    expect(await moveListEntry(list.id, ids[2]!, 'up', db)).toBe(true);
    expect(await titlesOf(list.id)).toEqual(['Artikel a', 'Artikel c', 'Artikel b']);
    expect(await moveListEntry(list.id, ids[0]!, 'down', db)).toBe(true);
    expect(await titlesOf(list.id)).toEqual(['Artikel c', 'Artikel a', 'Artikel b']);
    expect(await moveListEntry(list.id, ids[2]!, 'up', db)).toBe(false);
    expect(await moveListEntry(list.id, ids[1]!, 'down', db)).toBe(false);
    await expect(moveListEntry(list.id, 'missing', 'up', db)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('reorders entries that share a position (as after merging backups)', async () => {
    const ids = [await clip('a'), await clip('b'), await clip('c')];
    const list = await createReadingList('Liste', '', db);
    await db.listEntries.bulkAdd(
      ids.map((articleId) => ({ listId: list.id, articleId, position: 5, addedAt: 1 })),
    );
    const before = await titlesOf(list.id);
    expect(await moveListEntry(list.id, (await listArticlesOfList(list.id, db))[2]!.id, 'up', db)).toBe(true);
    expect(await titlesOf(list.id)).toEqual([before[0], before[2], before[1]]);
  });

  it('puts a dragged article at any place in one write, and only rewrites the rows that moved', async () => {
    const { list, ids } = await listWith('a', 'b', 'c', 'd', 'e');
    const order = async () => (await titlesOf(list.id)).map((title) => title.slice(-1)).join('');

    expect(await placeListEntry(list.id, ids[4]!, 1, db)).toBe(true);
    expect(await order()).toBe('aebcd');
    expect(await placeListEntry(list.id, ids[0]!, 4, db)).toBe(true);
    expect(await order()).toBe('ebcda');
    expect(await placeListEntry(list.id, ids[2]!, 2, db)).toBe(false);

    const writes: string[] = [];
    db.listEntries.hook('updating', (_changes, key) => void writes.push(String(key)));
    db.listEntries.hook('creating', (key) => void writes.push(String(key)));
    // c (index 2) to the top: c, e and b move; d and a keep their places.
    expect(await placeListEntry(list.id, ids[2]!, 0, db)).toBe(true);
    expect(await order()).toBe('cebda');
    expect(writes).toHaveLength(3);
  });

  it('clamps a place outside the list and refuses an article that is not on it', async () => {
    const { list, ids } = await listWith('a', 'b', 'c');
    expect(await placeListEntry(list.id, ids[0]!, 99, db)).toBe(true);
    expect(await titlesOf(list.id)).toEqual(['Artikel b', 'Artikel c', 'Artikel a']);
    expect(await placeListEntry(list.id, ids[0]!, -3, db)).toBe(true);
    expect(await titlesOf(list.id)).toEqual(['Artikel a', 'Artikel b', 'Artikel c']);
    await expect(placeListEntry(list.id, 'missing', 0, db)).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('deleting a list', () => {
  it('removes the list and its memberships but no article, and undo restores exactly that', async () => {
    const [a, b] = [await clip('a'), await clip('b')];
    const list = await createReadingList('Seminar', 'Beschreibung', db);
    await addArticleToList(list.id, a, db);
    await addArticleToList(list.id, b, db);
    const before = await snapshotDatabase(db);

    const deleted = await deleteReadingList(list.id, db);
    expect(deleted?.entries).toHaveLength(2);
    expect(await db.readingLists.count()).toBe(0);
    expect(await db.listEntries.count()).toBe(0);
    expect(await db.articles.count()).toBe(2);
    expect(await deleteReadingList(list.id, db)).toBeNull();

    await restoreReadingList(deleted!, db);
    expect(await snapshotDatabase(db)).toEqual(before);
    await expect(restoreReadingList(deleted!, db)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('leaves out articles deleted in the meantime when restoring', async () => {
    const [a, b] = [await clip('a'), await clip('b')];
    const list = await createReadingList('Seminar', '', db);
    await addArticleToList(list.id, a, db);
    await addArticleToList(list.id, b, db);
    const deleted = await deleteReadingList(list.id, db);
    await deleteArticle(a, db);
    await restoreReadingList(deleted!, db);
    expect(await titlesOf(list.id)).toEqual(['Artikel b']);
  });
});
