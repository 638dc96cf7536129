import { getDb, withStrictDurability } from '@/utils/db';
import { BACKUP_TABLES, exportFormat, loadExportBundle, type BackupCounts } from '@/utils/export';
import { importBackup, parseBackup } from '@/utils/import';
import type { ImportSummary } from '@/utils/import';

/** Row counts of every table a backup carries, to check that an import added exactly what it should. */
export type LibraryCounts = BackupCounts;

export interface ExportTiming {
  loadMs: number;
  serialiseMs: number;
  bytes: number;
}

export interface ImportTiming {
  parseMs: number;
  writeMs: number;
  summary: ImportSummary;
}

/**
 * The last export stays in this page: shipping a file of tens of megabytes to Node and back would measure
 * Playwright's transport, not the extension.
 */
let lastExport: string | null = null;

async function libraryCounts(): Promise<LibraryCounts> {
  const db = getDb();
  const counts = {} as LibraryCounts;
  for (const table of BACKUP_TABLES) counts[table] = await db.table(table).count();
  return counts;
}

/** Empties the library in one transaction, so an import can be measured against an empty database. */
async function clearLibrary(): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

/** Export as the side panel runs it: one read transaction for the bundle, then the JSON backup file. */
async function exportBackupTimed(): Promise<ExportTiming> {
  lastExport = null;
  const started = performance.now();
  const bundle = await loadExportBundle({ kind: 'library' });
  const loaded = performance.now();
  const file = exportFormat(bundle, 'json', { locale: 'de' });
  const done = performance.now();
  if (typeof file.data !== 'string') throw new Error('The JSON backup is not text');
  lastExport = file.data;
  return {
    loadMs: loaded - started,
    serialiseMs: done - loaded,
    bytes: new TextEncoder().encode(file.data).byteLength,
  };
}

/** Import of the last export as the panel runs it: parse and validate, then the one merging transaction. */
async function importBackupTimed(): Promise<ImportTiming> {
  if (lastExport === null) throw new Error('Nothing exported yet');
  const started = performance.now();
  const parsed = parseBackup(lastExport);
  const validated = performance.now();
  if (!parsed.ok) throw new Error(`Backup rejected: ${parsed.error.code}`);
  const summary = await importBackup(parsed.backup);
  return { parseMs: validated - started, writeMs: performance.now() - validated, summary };
}

/**
 * The reference for the import figures: the same rows parsed from the same file and written with plain bulkAdd
 * in one strict transaction, with no merging, so the gap to `importBackupTimed` is what the merge logic costs.
 */
async function bulkWriteTimed(): Promise<number> {
  if (lastExport === null) throw new Error('Nothing exported yet');
  const parsed = parseBackup(lastExport);
  if (!parsed.ok) throw new Error(`Backup rejected: ${parsed.error.code}`);
  const { articles, bodies, annotations } = parsed.backup;
  const started = performance.now();
  await withStrictDurability((db) =>
    db.transaction('rw', [db.articles, db.bodies, db.annotations], async () => {
      await db.articles.bulkAdd(articles);
      await db.bodies.bulkAdd(bodies);
      await db.annotations.bulkAdd(annotations);
    }),
  );
  return performance.now() - started;
}

/** Lets the previous run's file be collected, so a run's heap baseline does not carry it. */
function forgetExport(): void {
  lastExport = null;
}

/** Backup round-trip measurements for `npm run bench:backup`. */
export const benchBackup = {
  libraryCounts,
  clearLibrary,
  exportBackupTimed,
  importBackupTimed,
  bulkWriteTimed,
  forgetExport,
};
