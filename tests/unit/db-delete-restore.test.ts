import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, restoreAnnotation } from '../../utils/db/annotations';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { deleteArticle, restoreArticle } from '../../utils/db/article-deletion';
import type { RandnotizDb } from '../../utils/db/schema';
import { sampleArticle, snapshotDatabase, useFreshTestDb } from '../fixtures/db/test-database';

const URL = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/';

const currentDb = useFreshTestDb();
let db: RandnotizDb;
beforeEach(() => {
  db = currentDb();
});

async function articleOnTwoLists(): Promise<string> {
  const { article } = await saveClippedArticle(sampleArticle(), { pageUrl: URL }, db);
  await createAnnotation({ articleId: article.id, start: 0, end: 14, colour: 'green', note: 'Titel' }, db);
  await createAnnotation({ articleId: article.id, start: 40, end: 60, colour: 'pink' }, db);
  for (const listId of ['list-a', 'list-b']) {
    await db.readingLists.add({ id: listId, name: listId, description: '', createdAt: 1, updatedAt: 1 });
    await db.listEntries.add({ listId, articleId: article.id, position: 3, addedAt: 2 });
  }
  return article.id;
}

describe('deleteArticle and restoreArticle', () => {
  it('removes the article with body, annotations and list entries, and undo puts back exactly that', async () => {
    const id = await articleOnTwoLists();
    const before = await snapshotDatabase(db);

    const deleted = await deleteArticle(id, db);
    expect(deleted?.annotations).toHaveLength(2);
    expect(deleted?.listEntries).toHaveLength(2);
    expect(await db.articles.count()).toBe(0);
    expect(await db.bodies.count()).toBe(0);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.listEntries.count()).toBe(0);
    expect(await db.readingLists.count()).toBe(2);

    await restoreArticle(deleted!, db);
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('returns null for an article that is already gone', async () => {
    expect(await deleteArticle('no-such-id', db)).toBeNull();
  });

  it('drops memberships of lists deleted in the meantime', async () => {
    const id = await articleOnTwoLists();
    const deleted = await deleteArticle(id, db);
    await db.readingLists.delete('list-b');
    await restoreArticle(deleted!, db);
    expect((await db.listEntries.toArray()).map((entry) => entry.listId)).toEqual(['list-a']);
  });

  it('refuses to restore over a newer clip of the same page, leaving the new clip alone', async () => {
    const id = await articleOnTwoLists();
    const deleted = await deleteArticle(id, db);
    await saveClippedArticle(sampleArticle(), { pageUrl: URL }, db);
    const before = await snapshotDatabase(db);
    await expect(restoreArticle(deleted!, db)).rejects.toMatchObject({ kind: 'conflict' });
    expect(await snapshotDatabase(db)).toEqual(before);
  });

  it('undoes the deletion of a single annotation', async () => {
    const id = await articleOnTwoLists();
    const before = await snapshotDatabase(db);
    const [first] = await db.annotations.where('articleId').equals(id).toArray();
    const removed = await deleteAnnotation(first!.id, db);
    expect(await db.annotations.count()).toBe(1);
    await restoreAnnotation(removed!, db);
    expect(await snapshotDatabase(db)).toEqual(before);
  });
});
