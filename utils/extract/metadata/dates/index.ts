import { type LdNode } from '../json-ld';
import { defaultBounds } from './calendar-day';
import { showsCentralEuropeanTime } from './central-european-time';
import { dayOrderFor } from './day-order';
import { jsonLdDates } from './json-ld-dates';
import { type MachineReading } from './machine-date';
import { markedUpDates } from './marked-up-dates';
import { metaTagDates } from './meta-tag-dates';
import { scanPage } from './page-scan';
import { choosePublished } from './published-choice';
import { mostSupportedDay } from './source-vote';
import { urlFullDate, urlMonthDate } from './url-date';
import { VisibleDateReader } from './visible-candidates';
import { headerDate, labelledModified } from './visible-text-dates';

export interface PageDates {
  /** `YYYY-MM-DD`, the calendar day as the page shows it. */
  published: string | null;
  modified: string | null;
}

/**
 * Publication and modification dates. `locale` is the page's declared language tag (e.g. "en-GB"); `ld` is every
 * JSON-LD node of the page (the main node alone when omitted). One bounded pass over the page collects the
 * visible and marked-up dates; the URL, structured data and the date shown near the headline then decide.
 */
export function findDates(
  doc: Document,
  url: string,
  main: LdNode | undefined,
  locale: string | null,
  ld: LdNode[] = main ? [main] : [],
  now: Date = new Date(),
): PageDates {
  const reading: MachineReading = {
    bounds: defaultBounds(now),
    order: dayOrderFor(locale),
    centralEuropean: showsCentralEuropeanTime(locale, url),
  };
  const fromLd = jsonLdDates(main, ld, reading);
  const fromMeta = metaTagDates(doc, reading);
  const reader = new VisibleDateReader(reading);
  const scan = doc.body ? scanPage(doc.body, reader.read) : null;
  const markup = scan ? markedUpDates(scan, reading) : null;
  const visible = reader.finish(scan?.headline != null);
  const structuredVotes = [
    { day: fromLd.published, weight: 3 },
    { day: fromMeta.published, weight: 3 },
    { day: markup?.microdataPublished ?? null, weight: 2 },
    { day: markup?.timePublished ?? null, weight: 2 },
  ];
  const modifiedDays = [fromLd.modified, fromMeta.modified, markup?.microdataModified, markup?.timeModified];
  const published = choosePublished({
    fromUrl: urlFullDate(url, reading.bounds),
    structured: mostSupportedDay(structuredVotes),
    structuredDays: [...structuredVotes.map((vote) => vote.day), ...modifiedDays].filter(
      (day) => day != null,
    ),
    header: headerDate(visible, scan?.headline != null),
    urlMonth: urlMonthDate(url, reading.bounds),
    // A listing dates every teaser; without a page-level date, none of them is the page's.
    isListing: (markup?.distinctPublished ?? 0) >= LISTING_DATES && !fromLd.published && !fromMeta.published,
  });
  const modified =
    fromLd.modified ??
    fromMeta.modified ??
    markup?.microdataModified ??
    markup?.timeModified ??
    labelledModified(visible);
  return { published, modified };
}

const LISTING_DATES = 3;
