import type { AnnotationRecord, ArticleRecord, EpochMs } from '../db/records';
import type { ExportArticle } from './bundle';
import { localIsoDay } from './export-labels';
import { siteKindOf, type SiteKind } from './site-kind';

/** The part of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) we produce. */
export interface CslName {
  family?: string;
  given?: string;
  /** Organisations ("Caritas Verband") and names we cannot split safely. */
  literal?: string;
}

export interface CslDate {
  'date-parts': [number, number?, number?][];
}

export interface CslItem {
  id: string;
  type: 'webpage' | 'post-weblog' | 'article-newspaper';
  title: string;
  author?: CslName[];
  issued?: CslDate;
  accessed: CslDate;
  'container-title'?: string;
  URL: string;
  language?: string;
  keyword?: string;
  abstract?: string;
  note?: string;
}

const CSL_TYPE: Record<SiteKind, CslItem['type']> = {
  blog: 'post-weblog',
  news: 'article-newspaper',
  webpage: 'webpage',
};

const ORGANISATION =
  /\b(e\.\s?V\.|gGmbH|GmbH|Verband|Verein|Stiftung|Institut|Redaktion|Team|Diakonie|Caritas|AWO|Ministerium|Bundes\w*|Landes\w*)\b/i;

/** "Christian Müller" → family "Müller", given "Christian"; organisations and single words stay literal. */
export function cslName(name: string): CslName {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (ORGANISATION.test(trimmed)) return { literal: trimmed };
  if (trimmed.includes(',')) {
    const [family = '', given = ''] = trimmed.split(',', 2).map((part) => part.trim());
    return given ? { family, given } : { literal: trimmed };
  }
  const words = trimmed.split(' ');
  if (words.length < 2) return { literal: trimmed };
  // German particles belong to the family name for sorting by it: "Ursula von der Leyen" → "von der Leyen".
  let split = words.length - 1;
  while (split > 1 && /^(von|van|de|der|den|zu|zum|zur|vom|del|di|da|le|la)$/i.test(words[split - 1] ?? ''))
    split--;
  return { given: words.slice(0, split).join(' '), family: words.slice(split).join(' ') };
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → CSL date parts; anything else is not a date we can vouch for. */
function cslDate(isoDay: string | null): CslDate | undefined {
  const match = isoDay ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(isoDay) : null;
  if (!match) return undefined;
  const parts = [match[1], match[2], match[3]].filter((part) => part !== undefined).map(Number);
  return { 'date-parts': [parts as [number, number?, number?]] };
}

function cslDateFromEpoch(ms: EpochMs): CslDate {
  const [year = 0, month = 1, day = 1] = localIsoDay(ms).split('-').map(Number);
  return { 'date-parts': [[year, month, day]] };
}

/** The address people should cite: the canonical URL, which the clipper already normalised. */
export function citedUrl(article: ArticleRecord): string {
  return article.canonicalUrl || article.source.pageUrl;
}

/** One line per highlight, `„quote“ — note`, as reference managers show notes: plain, readable, no markup. */
export function highlightLine(annotation: AnnotationRecord): string {
  const quote = `„${annotation.quote.replace(/\s+/g, ' ').trim()}“`;
  const note = annotation.note.trim();
  return note ? `${quote} — ${note}` : quote;
}

/** The page note and the highlights, each a paragraph: what RIS N1, BibTeX note and CSL note carry. */
export function notesOf({ article, annotations }: ExportArticle): string[] {
  return [article.pageNote.trim(), ...annotations.map(highlightLine)].filter((line) => line !== '');
}

export function toCslItem(entry: ExportArticle, id: string): CslItem {
  const { article } = entry;
  const issued = cslDate(article.published);
  const notes = notesOf(entry);
  return {
    id,
    type: CSL_TYPE[siteKindOf(citedUrl(article))],
    title: article.title,
    ...(article.authors.length > 0 ? { author: article.authors.map(cslName) } : {}),
    ...(issued ? { issued } : {}),
    // The access date is the clip date: that is when the reader saw the page in this form.
    accessed: cslDateFromEpoch(article.clippedAt),
    ...(article.siteName ? { 'container-title': article.siteName } : {}),
    URL: citedUrl(article),
    ...(article.lang ? { language: article.lang } : {}),
    ...(article.tags.length > 0 ? { keyword: article.tags.join(', ') } : {}),
    ...(article.excerpt ? { abstract: article.excerpt } : {}),
    ...(notes.length > 0 ? { note: notes.join('\n\n') } : {}),
  };
}
