import { strFromU8 } from 'fflate';
import { parseInstapaperCsv } from './instapaper-import';
import { parseOmnivoreMetadata, parseOmnivoreZip } from './omnivore-import';
import { parsePocketCsv, parsePocketHtml } from './pocket-import';
import type { ReadLaterEntry, ReadLaterSource } from './read-later-entry';

export type ReadLaterFile =
  | { ok: true; source: ReadLaterSource; entries: ReadLaterEntry[] }
  | { ok: false; error: { code: 'unknown-format' | 'unreadable'; detail: string } };

function fromCsv(text: string): ReadLaterFile {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').toLowerCase();
  if (/\bselection\b/.test(header) && /\bfolder\b/.test(header)) {
    return { ok: true, source: 'instapaper', entries: parseInstapaperCsv(text) };
  }
  if (/\btime_added\b/.test(header)) return { ok: true, source: 'pocket', entries: parsePocketCsv(text) };
  return {
    ok: false,
    error: { code: 'unknown-format', detail: `CSV header not recognised: ${header.slice(0, 120)}` },
  };
}

/**
 * Recognises a read-later export by its name and content, so the reader can just pick the file: Pocket's
 * `ril_export.html` or CSV, Instapaper's CSV, Omnivore's zip or one of its `metadata_*.json` files.
 */
export function parseReadLaterFile(name: string, bytes: Uint8Array, parser?: DOMParser): ReadLaterFile {
  try {
    if (/\.zip$/i.test(name)) return { ok: true, source: 'omnivore', entries: parseOmnivoreZip(bytes) };
    const text = strFromU8(bytes);
    if (/\.json$/i.test(name))
      return { ok: true, source: 'omnivore', entries: parseOmnivoreMetadata(text, name) };
    if (/\.csv$/i.test(name)) return fromCsv(text);
    if (/\.html?$/i.test(name) && /time_added=/i.test(text)) {
      return { ok: true, source: 'pocket', entries: parsePocketHtml(text, parser) };
    }
  } catch (error) {
    return { ok: false, error: { code: 'unreadable', detail: (error as Error).message } };
  }
  return {
    ok: false,
    error: { code: 'unknown-format', detail: `Not a Pocket, Instapaper or Omnivore export: ${name}` },
  };
}
