import { type CalendarDay } from './calendar-day';
import { parseMachineDate, type MachineReading } from './machine-date';
import { metaKey } from '../meta-tags';

// Names as lower-case `property`/`name`/`itemprop` values. Order is preference: the Open Graph article tag is
// the most carefully maintained, generic names such as "date" come last because themes misuse them.
const PUBLISHED_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'article:published',
  'article.published',
  'article:publicationdate',
  'datepublished',
  'parsely-pub-date',
  'sailthru.date',
  'cxenseparse:recs:publishtime',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dc.created',
  'dcterms.created',
  'dc.date.publication',
  'dc.date',
  'dc:date',
  'dcterms.date',
  'citation_publication_date',
  'citation_date',
  'rnews:datepublished',
  'bt:pubdate',
  'pubdate',
  'publishdate',
  'publish_date',
  'publish-date',
  'published-date',
  'publication_date',
  'publication-date',
  'date_published',
  'originalpublicationdate',
  'article_date_original',
  'shareaholic:article_published_time',
  'datecreated',
  'date',
];

const MODIFIED_NAMES = [
  'article:modified_time',
  'og:article:modified_time',
  'datemodified',
  'dc.modified',
  'dcterms.modified',
  'modified_time',
  'og:updated_time',
  'updated_time',
  'last-modified',
  'lastmodified',
];

export interface MetaDates {
  published: CalendarDay | null;
  modified: CalendarDay | null;
}

/** Dates from `<meta>` tags (Open Graph, Dublin Core, Parse.ly, Sailthru, microdata `itemprop` on meta). */
export function metaTagDates(doc: Document, reading: MachineReading): MetaDates {
  const found = new Map<string, CalendarDay>();
  for (const meta of metaElements(doc)) {
    const key = metaKey(meta);
    if (!key || found.has(key)) continue;
    if (!PUBLISHED_NAMES.includes(key) && !MODIFIED_NAMES.includes(key)) continue;
    const day = parseMachineDate(meta.getAttribute('content') ?? meta.getAttribute('datetime'), reading);
    if (day) found.set(key, day);
  }
  return { published: firstOf(PUBLISHED_NAMES, found), modified: firstOf(MODIFIED_NAMES, found) };
}

function firstOf(names: string[], found: Map<string, CalendarDay>): CalendarDay | null {
  for (const name of names) {
    const day = found.get(name);
    if (day) return day;
  }
  return null;
}

// Meta tags belong in the head; searching the whole document for them costs a full tree walk per page.
function metaElements(doc: Document): Element[] {
  return doc.head
    ? Array.from(doc.head.children).filter((element) => element.tagName.toUpperCase() === 'META')
    : [];
}
