import { createAnnotation } from '../../utils/db/annotations';
import { addSelectionQuote, saveClippedArticle } from '../../utils/db/article-clip';
import { updateArticleUserFields } from '../../utils/db/article-user-fields';
import type { ArticleRecord } from '../../utils/db/records';
import type { RandnotizDb } from '../../utils/db/schema';
import type { BackupFile } from '../../utils/export/backup-format';
import { exportJsonBackup } from '../../utils/export/json-backup';
import { loadExportBundle } from '../../utils/export/load-bundle';
import type { Article } from '../../utils/extract/types';
import { parseBackup } from '../../utils/import/parse-backup';
import { openTestDb, sampleArticle } from '../fixtures/db/test-database';
import { SEED_URL } from './seed-bundle';

export const OTHER_URL = 'https://sozial-pr.example/digitalisierung-soziale-arbeit/';
export const PENDING_URL =
  'https://www.caritas.de/neue-caritas/heftarchiv/jahrgang2024/artikel/ki-in-der-beratung';

async function highlight(db: RandnotizDb, article: ArticleRecord, text: string, quote: string, note = '') {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`Not in the text: ${quote}`);
  return createAnnotation(
    { articleId: article.id, start, end: start + quote.length, colour: 'blue', note },
    db,
  );
}

/**
 * A small library built through the real repository functions: the seed article with two highlights, tags and a
 * page note; a second article; a "not yet loaded" entry; a reading list; a setting.
 */
export async function buildSampleLibrary(db: RandnotizDb, seed: Article): Promise<ArticleRecord[]> {
  const { article: seedRecord } = await saveClippedArticle(seed, { pageUrl: SEED_URL }, db);
  await highlight(db, seedRecord, seed.text, 'Damit habe ich zwei Probleme', 'Gliederung fürs Referat');
  await highlight(db, seedRecord, seed.text, 'Design Thinking praktiziert die Soziale Arbeit');
  await updateArticleUserFields(
    seedRecord.id,
    { tags: ['Digitalisierung', 'Wohlfahrt'], pageNote: 'Einstieg', status: 'read' },
    db,
  );
  const other = sampleArticle();
  const { article: otherRecord } = await saveClippedArticle(other, { pageUrl: OTHER_URL }, db);
  await highlight(db, otherRecord, other.text, 'Datenschutz bleibt dabei eine zentrale Frage', 'DSGVO!');
  const pending = await addSelectionQuote(PENDING_URL, null, '<p>KI kann Beratung unterstützen.</p>', db);
  await db.transaction('rw', [db.readingLists, db.listEntries, db.settings], async () => {
    await db.readingLists.add({
      id: 'list-1',
      name: 'Seminar',
      description: 'Erste Sitzung',
      createdAt: 1,
      updatedAt: 2,
    });
    await db.listEntries.bulkAdd([
      { listId: 'list-1', articleId: otherRecord.id, position: 1, addedAt: 3 },
      { listId: 'list-1', articleId: seedRecord.id, position: 2, addedAt: 4 },
    ]);
    await db.settings.add({ key: 'ui.fontSize', value: { px: 18, serif: true } });
  });
  return [seedRecord, otherRecord, pending];
}

/**
 * The sample library's JSON backup: built in a throwaway database, exported as the panel exports it, parsed as the
 * panel parses it. `text` is the file; `backup` what `parseBackup` makes of it.
 */
export async function sampleBackup(seed: Article): Promise<{ text: string; backup: BackupFile }> {
  const source = openTestDb();
  try {
    await buildSampleLibrary(source, seed);
    const text = exportJsonBackup(await loadExportBundle({ kind: 'library' }, source)).data as string;
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(`${parsed.error.code}: ${parsed.error.detail}`);
    return { text, backup: parsed.backup };
  } finally {
    await source.delete();
  }
}
