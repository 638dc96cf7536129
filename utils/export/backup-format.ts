import type {
  AnnotationRecord,
  ArticleBodyRecord,
  ArticleRecord,
  EpochMs,
  ListEntryRecord,
  ReadingListRecord,
  SettingRecord,
} from '../db/records';

export const BACKUP_FORMAT = 'randnotiz-backup';
/**
 * Bump when the file layout changes; the importer refuses versions it does not know rather than guess, and
 * upgrades the older ones it knows. 2: articles carry `authorNames`, `provenance`, `overrides` and `extracted`.
 */
export const BACKUP_FORMAT_VERSION = 2;

/**
 * The JSON backup: the database's own rows, table by table, so that export → import into an empty library gives
 * back exactly the same rows. `counts` lets the importer tell a file cut short by a full disk or an interrupted
 * download from a complete one even when the cut happens to leave valid JSON.
 */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  /** The database schema version whose rows these are. */
  schemaVersion: number;
  exportedAt: EpochMs;
  counts: BackupCounts;
  articles: ArticleRecord[];
  bodies: ArticleBodyRecord[];
  annotations: AnnotationRecord[];
  readingLists: ReadingListRecord[];
  listEntries: ListEntryRecord[];
  settings: SettingRecord[];
}

export type BackupTable = 'articles' | 'bodies' | 'annotations' | 'readingLists' | 'listEntries' | 'settings';
export type BackupCounts = Record<BackupTable, number>;
export const BACKUP_TABLES: readonly BackupTable[] = [
  'articles',
  'bodies',
  'annotations',
  'readingLists',
  'listEntries',
  'settings',
];
