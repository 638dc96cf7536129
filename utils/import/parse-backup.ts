import * as v from 'valibot';
import { LATEST_SCHEMA_VERSION } from '../db/schema-versions';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupFile } from '../export/backup-format';
import { backupError, type BackupError } from './backup-errors';
import { backupIntegrityProblem } from './backup-integrity';
import { upgradeBackup } from './backup-format-upgrade';
import { backupV1Schema, backupV2Schema } from './backup-schema';

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; error: BackupError };

/**
 * True when JSON text stops inside a string or with brackets still open: what a cut-off download or a disk that
 * filled up while saving leaves behind. Engines word their parse errors differently, so this is checked directly.
 */
function endsUnterminated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') depth--;
  }
  return inString || depth > 0;
}

function fail(code: BackupError['code'], detail: string): ParsedBackup {
  return { ok: false, error: backupError(code, detail) };
}

function issuePath(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).map((item) => String(item.key)).join('.') || '(top level)';
}

/**
 * Reads and validates a backup file's text without touching the database: every row's shape, the versions, the
 * counts and the references. Only a backup that passes everything is handed to `importBackup`.
 */
export function parseBackup(text: string): ParsedBackup {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return fail('truncated', 'The file is empty');
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    const detail = (error as Error).message;
    if (!/^[{[]/.test(trimmed)) return fail('not-a-backup', `Not JSON: ${detail}`);
    return fail(endsUnterminated(trimmed) ? 'truncated' : 'corrupted', detail);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('not-a-backup', 'The file holds JSON, but not a Randnotiz backup object');
  }
  const envelope = data as { format?: unknown; formatVersion?: unknown; schemaVersion?: unknown };
  if (envelope.format !== BACKUP_FORMAT) {
    return fail(
      'not-a-backup',
      `format is ${JSON.stringify(envelope.format) ?? 'missing'}, not "${BACKUP_FORMAT}"`,
    );
  }
  if (typeof envelope.formatVersion !== 'number' || !Number.isInteger(envelope.formatVersion)) {
    return fail('corrupted', 'formatVersion is missing or not a whole number');
  }
  if (envelope.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail(
      'newer-version',
      `formatVersion ${envelope.formatVersion}; this version reads ${BACKUP_FORMAT_VERSION}`,
    );
  }
  if (typeof envelope.schemaVersion === 'number' && envelope.schemaVersion > LATEST_SCHEMA_VERSION) {
    return fail(
      'newer-version',
      `schemaVersion ${envelope.schemaVersion}; this version has ${LATEST_SCHEMA_VERSION}`,
    );
  }
  const result =
    envelope.formatVersion === 1 ? v.safeParse(backupV1Schema, data) : v.safeParse(backupV2Schema, data);
  if (!result.success) {
    const [issue] = result.issues;
    return fail('corrupted', issue ? `${issuePath(issue)}: ${issue.message}` : 'invalid backup');
  }
  const backup = upgradeBackup(result.output);
  const problem = backupIntegrityProblem(backup);
  return problem === null ? { ok: true, backup } : fail('corrupted', problem);
}
