import type { ExportBundle } from './bundle';
import { citedUrl, cslName, notesOf } from './csl-item';
import { localIsoDay } from './export-labels';
import { siteKindOf, type SiteKind } from './site-kind';

/**
 * RIS for Citavi and Zotero. Written here rather than through citation-js's RIS plugin, whose output Citavi
 * misreads: it drops the authors of NEWS records, files the access date under VL or M1 instead of Y2, and
 * hard-wraps every value at 70 characters, even inside words. The tag meanings follow the RIS specification
 * (Research Information Systems, 2011) as Citavi and Zotero read it:
 *
 *   TY ELEC | BLOG | NEWS   reference type by site kind    AU  one per author, "Family, Given"
 *   TI title                T2 site name (the container)   PY  year
 *   DA YYYY/MM/DD/ published Y2 access (clip) date          UR  canonical URL
 *   LA language             KW one per tag                 AB  excerpt
 *   N1 one per note: the page note, then each highlight as „quote“ — note
 */
const RIS_TYPE: Record<SiteKind, string> = { blog: 'BLOG', news: 'NEWS', webpage: 'ELEC' };

/** RIS is line-based: a value may not contain a line break, or the rest would be read as a new tag. */
function oneLine(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function risDate(isoDay: string): string {
  const [year = '', month = '', day = ''] = isoDay.split('-');
  return `${year}/${month}/${day}/`;
}

/** The same name split as the CSL exports, so that every format files an author under the same family name. */
function risName(author: string): string {
  const name = cslName(author);
  return name.literal ?? `${name.family ?? ''}, ${name.given ?? ''}`;
}

export function exportRis(bundle: ExportBundle): string {
  const records = bundle.articles.map((entry) => {
    const { article } = entry;
    const url = citedUrl(article);
    const tags: [string, string | null | undefined][] = [
      ['TY', RIS_TYPE[siteKindOf(url)]],
      ['TI', article.title],
      ...article.authors.map((author): [string, string] => ['AU', risName(author)]),
      ['T2', article.siteName],
      // PY before DA: importers that keep the last date they read then keep the full day.
      ['PY', article.year === null ? null : String(article.year)],
      ['DA', article.published ? risDate(article.published) : null],
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
