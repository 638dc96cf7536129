import { type LdNode } from '../json-ld';
import { defaultBounds, type CalendarDay } from './calendar-day';
import { showsCentralEuropeanTime } from './central-european-time';
import { dayOrderFor } from './day-order';
import { jsonLdDates } from './json-ld-dates';
import { labelledDateAnywhere } from './labelled-anywhere';
import { type MachineReading } from './machine-date';
import { markedUpDates } from './marked-up-dates';
import { metaTagDates } from './meta-tag-dates';
import { scanPage } from './page-scan';
import { choosePublished } from './published-choice';
import { mostSupportedDay } from './source-vote';
import { urlFullDate, urlMonthDate } from './url-date';
import { VisibleDateReader } from './visible-candidates';
import { headerDate, labelledModified, type HeaderDate } from './visible-text-dates';

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
  const header = headerDate(visible, scan?.headline != null);
  // Many dated teasers and no page-level date: a listing, unless the headline has a date of its own.
  const teaserDated =
    (markup?.publishedDays.size ?? 0) >= LISTING_DATES && !fromLd.published && !fromMeta.published;
  const ownDate = teaserDated && ownsHeaderDate(header, markup?.publishedDays);
  const isListingPage = teaserDated && !ownDate;
  const pageMarkup = ownDate ? null : markup;
  const structuredVotes = [
    { day: fromLd.published, weight: 3 },
    { day: fromMeta.published, weight: 3 },
    { day: pageMarkup?.microdataPublished ?? null, weight: 2 },
    { day: pageMarkup?.timePublished ?? null, weight: 2 },
  ];
  const modifiedDays = [
    fromLd.modified,
    fromMeta.modified,
    pageMarkup?.microdataModified,
    pageMarkup?.timeModified,
  ];
  const published = choosePublished({
    fromUrl: urlFullDate(url, reading.bounds),
    structured: mostSupportedDay(structuredVotes),
    structuredDays: [...structuredVotes.map((vote) => vote.day), ...modifiedDays].filter(
      (day) => day != null,
    ),
    header,
    urlMonth: urlMonthDate(url, reading.bounds),
    // A listing dates every teaser; without a page-level date, none of them is the page's.
    isListing: isListingPage,
  });
  const fallback =
    published === null && !isListingPage && doc.body ? labelledDateAnywhere(doc.body, reading) : null;
  const modified =
    fromLd.modified ??
    fromMeta.modified ??
    pageMarkup?.microdataModified ??
    pageMarkup?.timeModified ??
    labelledModified(visible);
  return { published: published ?? fallback, modified };
}

const LISTING_DATES = 3;

/**
 * An article with a "more from us" strip of dated teasers is not a listing: its own date sits in a date element
 * or behind a label on the first dated line below the headline, and is none of the teasers' days.
 */
function ownsHeaderDate(
  header: HeaderDate | null,
  teaserDays: ReadonlySet<CalendarDay> | undefined,
): boolean {
  if (!header || (header.kind !== 'labelled' && header.kind !== 'container')) return false;
  return header.line === 0 && !teaserDays?.has(header.day);
}
