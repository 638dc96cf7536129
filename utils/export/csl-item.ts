import type { AnnotationRecord, ArticleRecord, EpochMs } from '../db/records';
import type { ExportArticle } from './bundle';
import { dateParts } from '../extract/partial-date';
import { cslName, type CslName } from './citation-names';
import { localIsoDay } from './export-labels';
import { siteKindOf, type SiteKind } from './site-kind';

/** The part of CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html) we produce. */
export interface CslDate {
  /** One date of 1–3 parts: a year, a month or a day, exactly as precise as the page stated it. */
  'date-parts': number[][];
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

/** A stored partial date as CSL date parts; a month-only date stays `[[2021, 6]]`, never gains a day. */
function cslDate(published: string | null): CslDate | undefined {
  const parts = dateParts(published);
  return parts ? { 'date-parts': [parts] } : undefined;
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
    ...(article.authorNames.length > 0 ? { author: article.authorNames.map(cslName) } : {}),
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
