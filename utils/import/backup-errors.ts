/**
 * Why a file was refused. The UI shows `messageKey` through `browser.i18n` (texts below, for `_locales`) and
 * `detail` (English, for a bug report) under it.
 */
export type BackupErrorCode = 'not-a-backup' | 'newer-version' | 'truncated' | 'corrupted';

export interface BackupError {
  code: BackupErrorCode;
  messageKey: string;
  detail: string;
}

/** `_locales/{de,en}/messages.json` entries for the four refusals. */
export const BACKUP_ERROR_MESSAGES: Record<BackupErrorCode, { key: string; de: string; en: string }> = {
  'not-a-backup': {
    key: 'importErrorNotABackup',
    de: 'Diese Datei ist keine Randnotiz-Sicherung. Es wurde nichts importiert.',
    en: 'This file is not a Randnotiz backup. Nothing was imported.',
  },
  'newer-version': {
    key: 'importErrorNewerVersion',
    de: 'Diese Sicherung stammt aus einer neueren Version von Randnotiz. Bitte aktualisieren Sie die Erweiterung und versuchen Sie es erneut. Es wurde nichts importiert.',
    en: 'This backup was made by a newer version of Randnotiz. Please update the extension and try again. Nothing was imported.',
  },
  truncated: {
    key: 'importErrorTruncated',
    de: 'Die Sicherung ist unvollständig (die Datei bricht vorzeitig ab, etwa nach einem abgebrochenen Download). Es wurde nichts importiert.',
    en: 'The backup is incomplete (the file ends early, e.g. after an interrupted download). Nothing was imported.',
  },
  corrupted: {
    key: 'importErrorCorrupted',
    de: 'Die Sicherung ist beschädigt und kann nicht gelesen werden. Es wurde nichts importiert.',
    en: 'The backup is damaged and cannot be read. Nothing was imported.',
  },
};

export function backupError(code: BackupErrorCode, detail: string): BackupError {
  return { code, messageKey: BACKUP_ERROR_MESSAGES[code].key, detail };
}
