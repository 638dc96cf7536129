import * as v from 'valibot';
import { applyOverrides } from '../db/metadata-overrides';
import { articleToV3 } from '../db/migrations/v3-structured-metadata';
import type { ArticleRecord } from '../db/records';
import { BACKUP_FORMAT_VERSION, type BackupFile } from '../export/backup-format';
import type { backupV1Schema, backupV2Schema } from './backup-schema';

type BackupV1 = v.InferOutput<typeof backupV1Schema>;
type BackupV2 = v.InferOutput<typeof backupV2Schema>;

/**
 * The fields in force are derived from the extractor's values and the reader's corrections by the same rule the
 * library uses, so a hand-edited file cannot import an article whose title or authors disagree with its
 * corrections, and display names always match the citation names.
 */
function inForce(article: ArticleRecord): ArticleRecord {
  return applyOverrides(article, article.extracted);
}

/**
 * A format-1 backup (written before issue 9) as format 2: its articles gain citation names parsed from the old
 * author strings, provenance "unknown" and no corrections, exactly as the database's own v3 migration upgrades
 * the rows of a library of that age.
 */
export function upgradeBackup(backup: BackupV1 | BackupV2): BackupFile {
  if (backup.formatVersion === BACKUP_FORMAT_VERSION) {
    return { ...backup, articles: backup.articles.map(inForce) };
  }
  return {
    ...backup,
    formatVersion: BACKUP_FORMAT_VERSION,
    articles: backup.articles.map((article) => inForce(articleToV3(article))),
  };
}
