import type { ExportBundle } from './bundle';
import { dateParts } from '../extract/partial-date';
import { familyFirstName } from './citation-names';
import { citedUrl, notesOf } from './csl-item';
import { localIsoDay } from './export-labels';
import { siteKindOf, type SiteKind } from './site-kind';

/**
 * RIS for Citavi and Zotero. Written here rather than through citation-js's RIS plugin, whose output Citavi
 * misreads: it drops the authors of NEWS records, files the access date under VL or M1 instead of Y2, and
 * hard-wraps every value at 70 characters, even inside words. The tag meanings follow the RIS specification
 * (Research Information Systems, 2011) as Citavi and Zotero read it:
 *
 *   TY ELEC | BLOG | NEWS (reference type by site kind)
 *   TI title                AU one per author: "Family, Given", an organisation as it is
 *   T2 site name            PY year
 *   DA published as precise as stored: YYYY/MM/DD/, YYYY/MM// or YYYY/// (no part is made up)
 *   Y2 access (clip) date   UR canonical URL
 *   LA language             KW one per tag                 AB  excerpt
 *   N1 one per note: the page note, then each highlight as „quote“ — note
 */
const RIS_TYPE: Record<SiteKind, string> = { blog: 'BLOG', news: 'NEWS', webpage: 'ELEC' };

/** RIS is line-based: a value may not contain a line break, or the rest would be read as a new tag. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** RIS dates are `YYYY/MM/DD/other`; a part the page did not state stays empty rather than being invented. */
function risDate(partialDate: string | null): string | null {
  const parts = dateParts(partialDate);
  if (!parts) return null;
  const [year, month, day] = parts.map((part) => String(part).padStart(2, '0'));
  return `${year}/${month ?? ''}/${day ?? ''}/`;
}

export function exportRis(bundle: ExportBundle): string {
  const records = bundle.articles.map((entry) => {
    const { article } = entry;
    const url = citedUrl(article);
    const tags: [string, string | null | undefined][] = [
      ['TY', RIS_TYPE[siteKindOf(url)]],
      ['TI', article.title],
      ...article.authorNames.map((name): [string, string] => ['AU', familyFirstName(name)]),
      ['T2', article.siteName],
      // PY before DA: importers that keep the last date they read then keep the full day.
      ['PY', dateParts(article.published)?.[0]?.toString()],
      ['DA', risDate(article.published)],
      ['Y2', risDate(localIsoDay(article.clippedAt))],
      ['UR', url],
      ['LA', article.lang],
      ...article.tags.map((tag): [string, string] => ['KW', tag]),
      ['AB', article.excerpt],
      ...notesOf(entry).map((note): [string, string] => ['N1', note]),
    ];
    const lines = tags
      .filter((tag): tag is [string, string] => typeof tag[1] === 'string' && oneLine(tag[1]) !== '')
      .map(([tag, value]) => `${tag}  - ${oneLine(value)}`);
    return [...lines, 'ER  - '].join('\r\n');
  });
  // CRLF and a blank line between records: what the specification and Citavi's importer expect.
  return records.length === 0 ? '' : `${records.join('\r\n\r\n')}\r\n`;
}
