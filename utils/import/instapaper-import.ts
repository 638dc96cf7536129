import Papa from 'papaparse';
import { splitTags, timeAdded, type ReadLaterEntry } from './read-later-entry';

const BUILT_IN_FOLDERS = new Set(['unread', 'archive', 'starred']);

/** Newer exports write tags as a JSON array (`["a","b"]`), older ones had no tag column at all. */
function instapaperTags(value: string | undefined): string[] {
  const trimmed = (value ?? '').trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return parsed.filter((tag): tag is string => typeof tag === 'string');
    } catch {
      // Not JSON after all: read it as a plain list below.
    }
  }
  return splitTags(trimmed.replace(/^\[|\]$/g, ''), /,/);
}

/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder,Timestamp[,Tags]`. Archive means read; a folder of the
 * reader's own ("Forschung") is how they organised their links, so it becomes a tag rather than being lost.
 */
export function parseInstapaperCsv(csv: string): ReadLaterEntry[] {
  const { data } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  return data.map((row) => {
    const folder = (row.folder ?? '').trim();
    const ownFolder = folder !== '' && !BUILT_IN_FOLDERS.has(folder.toLowerCase()) ? [folder] : [];
    const selection = (row.selection ?? '').trim();
    return {
      url: (row.url ?? '').trim(),
      title: (row.title ?? '').trim(),
      tags: [...instapaperTags(row.tags), ...ownFolder],
      addedAt: timeAdded(row.timestamp),
      status: folder.toLowerCase() === 'archive' ? 'read' : 'unread',
      ...(selection ? { selection } : {}),
    };
  });
}
