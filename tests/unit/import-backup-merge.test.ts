import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation, listAnnotations } from '../../utils/db/annotations';
import { saveClippedArticle } from '../../utils/db/article-clip';
import { findByUrl } from '../../utils/db/article-lookup';
import { withStrictDurability } from '../../utils/db/connection';
import type { RandnotizDb } from '../../utils/db/schema';
import type { Article } from '../../utils/extract/types';
import type { BackupFile } from '../../utils/export/backup-format';
import { exportJsonBackup } from '../../utils/export/json-backup';
import { loadExportBundle } from '../../utils/export/load-bundle';
import { importBackup } from '../../utils/import/import-backup';
import { parseBackup } from '../../utils/import/parse-backup';
import { fakeIndexedDb, openTestDb, snapshotDatabase, useFreshTestDb } from '../fixtures/db/test-database';
import { buildSampleLibrary, OTHER_URL, sampleBackup } from '../golden/sample-library';
import { extractSeedArticle, SEED_URL } from '../golden/seed-bundle';

const currentDb = useFreshTestDb();
let source: RandnotizDb;
let seed: Article;
beforeAll(() => {
  seed = extractSeedArticle();
});
beforeEach(() => {
  source = currentDb();
});

async function backupText(db: RandnotizDb): Promise<string> {
  return exportJsonBackup(await loadExportBundle({ kind: 'library' }, db)).data as string;
}

function parsed(text: string): BackupFile {
  const result = parseBackup(text);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
  return result.backup;
}

/** Imports the way the panel does: through a second, strict-durability connection to the same database. */
async function importStrict(backup: BackupFile, target: RandnotizDb) {
  return withStrictDurability((db) => importBackup(backup, { db }), { name: target.name, ...fakeIndexedDb });
}

describe('JSON backup round trip', () => {
  it('export → empty library → import gives an identical library', async () => {
    await buildSampleLibrary(source, seed);
    const target = openTestDb();
    try {
      const summary = await importStrict(parsed(await backupText(source)), target);
      expect(summary).toMatchObject({
        articlesAdded: 3,
        articlesMerged: 0,
        annotationsAdded: 3,
        listsAdded: 1,
        settingsAdded: 1,
      });
      expect(await snapshotDatabase(target)).toEqual(await snapshotDatabase(source));
    } finally {
      await target.delete();
    }
  });

  it('importing the same backup again changes nothing', async () => {
    await buildSampleLibrary(source, seed);
    const backup = parsed(await backupText(source));
    const before = await snapshotDatabase(source);
    const summary = await importStrict(backup, source);
    expect(summary).toMatchObject({
      articlesAdded: 0,
      articlesMerged: 3,
      annotationsAdded: 0,
      annotationsMerged: 3,
      listEntriesAdded: 0,
    });
    expect(await snapshotDatabase(source)).toEqual(before);
  });
});

describe('importing into a library that already has some of it', () => {
  it('merges by URL: the existing article keeps its own and gains the imported annotations, tags and lists', async () => {
    const { backup } = await sampleBackup(seed);
    const target = openTestDb();
    try {
      // The same seed page clipped independently on another machine: other id, one highlight at the same place.
      const { article: mine } = await saveClippedArticle(
        seed,
        { pageUrl: `${SEED_URL}?utm_source=mail` },
        target,
      );
      const start = seed.text.indexOf('Damit habe ich zwei Probleme');
      await createAnnotation(
        { articleId: mine.id, start, end: start + 28, colour: 'pink', note: 'Meine Notiz' },
        target,
      );
      const ownStart = seed.text.indexOf('Auf geht’s');
      await createAnnotation(
        { articleId: mine.id, start: ownStart, end: ownStart + 10, colour: 'green' },
        target,
      );
      await target.transaction(
        'rw',
        [target.readingLists, target.listEntries, target.settings, target.articles],
        async () => {
          await target.readingLists.add({
            id: 'my-list',
            name: 'seminar ',
            description: '',
            createdAt: 5,
            updatedAt: 5,
          });
          await target.listEntries.add({ listId: 'my-list', articleId: mine.id, position: 7, addedAt: 5 });
          await target.settings.add({ key: 'ui.fontSize', value: { px: 14 } });
          await target.articles.update(mine.id, { tags: ['Soziale Arbeit', 'digitalisierung'] });
        },
      );

      const summary = await importStrict(backup, target);
      expect(summary).toMatchObject({
        articlesAdded: 2,
        articlesMerged: 1,
        annotationsAdded: 2,
        annotationsMerged: 1,
      });

      expect(await target.articles.count()).toBe(3);
      const merged = await findByUrl(SEED_URL, target);
      expect(merged?.id).toBe(mine.id);
      expect(merged?.tags).toEqual(['Soziale Arbeit', 'digitalisierung', 'Wohlfahrt']);
      expect(merged).toMatchObject({ pageNote: 'Einstieg', status: 'read' });
      const annotations = await listAnnotations(mine.id, target);
      expect(annotations.map((a) => [a.quote, a.note])).toEqual([
        ['Damit habe ich zwei Probleme', 'Meine Notiz\n\nGliederung fürs Referat'],
        ['Design Thinking praktiziert die Soziale Arbeit', ''],
        ['Auf geht’s', ''],
      ]);

      const lists = await target.readingLists.toArray();
      expect(lists.map((list) => [list.id, list.description])).toEqual([['my-list', 'Erste Sitzung']]);
      const entries = await target.listEntries.where('listId').equals('my-list').sortBy('position');
      const other = await findByUrl(OTHER_URL, target);
      expect(entries.map((e) => [e.articleId, e.position])).toEqual([
        [mine.id, 7],
        [other?.id, 8],
      ]);
      expect((await target.settings.get('ui.fontSize'))?.value).toEqual({ px: 14 });
    } finally {
      await target.delete();
    }
  });

  it('re-anchors imported highlights when the library holds a different version of the text', async () => {
    const { backup } = await sampleBackup(seed);
    const target = openTestDb();
    try {
      const changed = { ...seed, text: `Vorbemerkung der Redaktion.\n\n${seed.text}` };
      await saveClippedArticle(changed, { pageUrl: SEED_URL }, target);
      await importStrict(backup, target);
      const mine = await findByUrl(SEED_URL, target);
      const annotations = await listAnnotations(mine?.id ?? '', target);
      expect(annotations).toHaveLength(2);
      for (const annotation of annotations) {
        const { start, end } = annotation.selectors.position;
        expect(changed.text.slice(start, end)).toBe(annotation.quote);
        expect(annotation.orphaned).toBe(false);
      }
    } finally {
      await target.delete();
    }
  });
});
