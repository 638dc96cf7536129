import Papa from 'papaparse';
import { splitTags, timeAdded, type ReadLaterEntry } from './read-later-entry';

/**
 * Pocket's classic export, `ril_export.html`: an `<h1>Unread</h1>` and an `<h1>Read Archive</h1>` section, each a
 * `<ul>` of `<a href time_added tags>` links (tags comma-separated, time in Unix seconds). The parser is passed in
 * because the MV3 service worker has none; the side panel uses its window's.
 */
export function parsePocketHtml(html: string, parser: DOMParser = new DOMParser()): ReadLaterEntry[] {
  const document = parser.parseFromString(html, 'text/html');
  const entries: ReadLaterEntry[] = [];
  let archived = false;
  for (const element of Array.from(document.body.querySelectorAll('h1, a[href]'))) {
    if (element.tagName === 'H1') {
      archived = /archive|archiv/i.test(element.textContent ?? '');
      continue;
    }
    const url = element.getAttribute('href') ?? '';
    entries.push({
      url,
      title: (element.textContent ?? '').trim(),
      tags: splitTags(element.getAttribute('tags') ?? '', /,/),
      addedAt: timeAdded(element.getAttribute('time_added')),
      status: archived ? 'read' : 'unread',
    });
  }
  return entries;
}

/** Pocket's CSV export (from 2024): `title,url,time_added,tags,status`, tags separated by `|`, status unread/archive. */
export function parsePocketCsv(csv: string): ReadLaterEntry[] {
  const { data } = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  return data.map((row) => ({
    url: (row.url ?? '').trim(),
    title: (row.title ?? '').trim(),
    tags: splitTags(row.tags, /\|/),
    addedAt: timeAdded(row.time_added),
    status: /archive/i.test(row.status ?? '') ? 'read' : 'unread',
  }));
}
