import type { ExportBundle } from './bundle';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BACKUP_TABLES, type BackupFile } from './backup-format';
import type { ExportFile } from './export-file';
import { localIsoDay } from './export-labels';

function backupOf(bundle: ExportBundle): BackupFile {
  const tables = {
    articles: bundle.articles.map((entry) => entry.article),
    bodies: bundle.articles.flatMap((entry) => (entry.body ? [entry.body] : [])),
    annotations: bundle.articles.flatMap((entry) => entry.annotations),
    readingLists: bundle.lists.map((entry) => entry.list),
    listEntries: bundle.lists.flatMap((entry) => entry.entries),
    settings: bundle.settings,
  };
  const counts = Object.fromEntries(BACKUP_TABLES.map((table) => [table, tables[table].length]));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: bundle.schemaVersion,
    exportedAt: bundle.exportedAt,
    counts: counts as BackupFile['counts'],
    ...tables,
  };
}

/**
 * The lossless backup of everything in the bundle (use the `library` selection for a full backup). Compact JSON:
 * at 10,000 articles indentation would add megabytes that nobody reads.
 */
export function exportJsonBackup(bundle: ExportBundle): ExportFile {
  return {
    name: `randnotiz-backup-${localIsoDay(bundle.exportedAt)}.json`,
    mimeType: 'application/json',
    data: `${JSON.stringify(backupOf(bundle))}\n`,
  };
}
