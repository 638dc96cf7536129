import { useCallback, useState } from 'preact/hooks';
import type { BackupCounts, BackupFile } from '@/utils/export';
import { BACKUP_FORMAT } from '@/utils/export/backup-format';
import type { ImportSummary, ReadLaterEntry, ReadLaterSource, ReadLaterSummary } from '@/utils/import';
import { errorText } from '@/utils/messages/error-text';

/** What a picked file would bring in, shown before anything is written. */
export type ImportPreview =
  | { kind: 'backup'; fileName: string; counts: BackupCounts; backup: BackupFile }
  | { kind: 'read-later'; fileName: string; source: ReadLaterSource; entries: ReadLaterEntry[] };

/** Refusals carry a message key of the import namespace; `detail` is for developers only. */
type ImportRefusal = { messageKey: string; detail: string };

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading' | 'importing'; fileName: string }
  | { phase: 'preview'; preview: ImportPreview }
  | { phase: 'refused'; fileName: string; refusal: ImportRefusal }
  | {
      phase: 'done';
      result: { kind: 'backup'; summary: ImportSummary } | { kind: 'read-later'; summary: ReadLaterSummary };
    };

const UNKNOWN_FILE_KEY = 'import_errorUnknownFile';
const IMPORT_FAILED_KEY = 'import_errorFailed';

function looksLikeBackup(name: string, bytes: Uint8Array): boolean {
  if (!/\.json$/i.test(name)) return false;
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  return head.includes(BACKUP_FORMAT) || !/^\s*\[/.test(head);
}

/** Reads, validates and imports a backup or a Pocket/Instapaper/Omnivore export; nothing is written before `confirm`. */
export function useImport() {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });

  const pick = useCallback(async (file: File): Promise<ImportState> => {
    setState({ phase: 'reading', fileName: file.name });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const importer = await import('@/utils/import');
    let next: ImportState;
    if (looksLikeBackup(file.name, bytes)) {
      const parsed = importer.parseBackup(new TextDecoder().decode(bytes));
      next = parsed.ok
        ? {
            phase: 'preview',
            preview: {
              kind: 'backup',
              fileName: file.name,
              counts: parsed.backup.counts,
              backup: parsed.backup,
            },
          }
        : {
            phase: 'refused',
            fileName: file.name,
            refusal: { messageKey: parsed.error.messageKey, detail: parsed.error.detail ?? '' },
          };
    } else {
      const parsed = importer.parseReadLaterFile(file.name, bytes);
      next = parsed.ok
        ? {
            phase: 'preview',
            preview: {
              kind: 'read-later',
              fileName: file.name,
              source: parsed.source,
              entries: parsed.entries,
            },
          }
        : {
            phase: 'refused',
            fileName: file.name,
            refusal: { messageKey: UNKNOWN_FILE_KEY, detail: parsed.error.detail },
          };
    }
    setState(next);
    return next;
  }, []);

  const confirm = useCallback(async (preview: ImportPreview): Promise<ImportState> => {
    setState({ phase: 'importing', fileName: preview.fileName });
    const importer = await import('@/utils/import');
    let next: ImportState;
    try {
      next =
        preview.kind === 'backup'
          ? {
              phase: 'done',
              result: { kind: 'backup', summary: await importer.importBackup(preview.backup) },
            }
          : {
              phase: 'done',
              result: { kind: 'read-later', summary: await importer.importReadLaterEntries(preview.entries) },
            };
    } catch (error) {
      next = {
        phase: 'refused',
        fileName: preview.fileName,
        refusal: {
          messageKey: IMPORT_FAILED_KEY,
          detail: errorText(error),
        },
      };
    }
    setState(next);
    return next;
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, pick, confirm, reset };
}
