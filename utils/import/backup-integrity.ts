import type { BackupFile } from '../export/backup-format';
import { BACKUP_TABLES } from '../export/backup-format';

function firstDuplicate(values: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return null;
}

/**
 * Checks that go beyond each row's shape: the declared row counts, unique keys, and references that point at
 * rows in the same file. A backup that fails any of them would write rows the library cannot show (a highlight
 * without its article) or break a unique index halfway through, so it is refused whole. Returns the problem, or
 * null when there is none.
 */
export function backupIntegrityProblem(backup: BackupFile): string | null {
  for (const table of BACKUP_TABLES) {
    if (backup[table].length !== backup.counts[table]) {
      return `${table}: the file declares ${backup.counts[table]} rows but holds ${backup[table].length}`;
    }
  }
  const articleIds = new Set(backup.articles.map((article) => article.id));
  const listIds = new Set(backup.readingLists.map((list) => list.id));
  const duplicates: [string, string | null][] = [
    ['article id', firstDuplicate(backup.articles.map((a) => a.id))],
    ['article URL', firstDuplicate(backup.articles.map((a) => a.urlKey))],
    ['body', firstDuplicate(backup.bodies.map((b) => b.articleId))],
    ['annotation id', firstDuplicate(backup.annotations.map((a) => a.id))],
    ['reading list id', firstDuplicate(backup.readingLists.map((l) => l.id))],
    ['list entry', firstDuplicate(backup.listEntries.map((e) => `${e.listId} ${e.articleId}`))],
    ['setting', firstDuplicate(backup.settings.map((s) => s.key))],
  ];
  for (const [what, duplicate] of duplicates) {
    if (duplicate !== null) return `duplicate ${what}: ${duplicate}`;
  }
  const orphanBody = backup.bodies.find((body) => !articleIds.has(body.articleId));
  if (orphanBody) return `body for unknown article ${orphanBody.articleId}`;
  const orphanAnnotation = backup.annotations.find((annotation) => !articleIds.has(annotation.articleId));
  if (orphanAnnotation)
    return `annotation ${orphanAnnotation.id} refers to unknown article ${orphanAnnotation.articleId}`;
  const badEntry = backup.listEntries.find(
    (entry) => !listIds.has(entry.listId) || !articleIds.has(entry.articleId),
  );
  if (badEntry)
    return `list entry ${badEntry.listId}/${badEntry.articleId} refers to a missing list or article`;
  return null;
}
