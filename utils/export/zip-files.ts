import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './export-file';

/**
 * Several export files as one zip. The timestamp is the export time rather than "now", so the same export gives
 * the same bytes (golden tests, and users comparing two exports). Text is already compressed well by DEFLATE at
 * level 6; fflate marks non-ASCII names as UTF-8 so umlauts arrive intact in Windows' and macOS' unzip.
 */
export function zipFiles(files: readonly ExportFile[], mtime: number): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) {
    const bytes = typeof file.data === 'string' ? strToU8(file.data) : file.data;
    entries[file.name] = [bytes, { level: 6, mtime: new Date(mtime) }];
  }
  return zipSync(entries);
}
