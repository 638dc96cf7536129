import { type LdNode } from '../json-ld';

export interface PageDates {
  /** `YYYY-MM-DD`, the calendar day as the page shows it. */
  published: string | null;
  modified: string | null;
}

/** Publication and modification dates. `locale` is the page's declared language tag (e.g. "en-GB"). */
export function findDates(doc: Document, url: string, main: LdNode | undefined, locale: string | null): PageDates {
  void url;
  void locale;
  const day = (value: unknown) => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null);
  const meta = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  return {
    published: day(main?.['datePublished']) ?? day(meta),
    modified: day(main?.['dateModified']),
  };
}
