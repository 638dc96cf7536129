import { type FieldProvenance } from '../../types';
import { type LdNode } from '../json-ld';
import { defaultBounds, type CalendarDay } from './calendar-day';
import { showsCentralEuropeanTime } from './central-european-time';
import { dayOrderFor } from './day-order';
import { jsonLdDates } from './json-ld-dates';
import { labelledDaysAnywhere } from './labelled-anywhere';
import { type MachineReading } from './machine-date';
import { markedUpDates } from './marked-up-dates';
import { metaTagDates } from './meta-tag-dates';
import { modifiedChoice } from './modified-choice';
import { scanPage } from './page-scan';
import { stateDay } from './script-state-dates';
import { fallbackPublished } from './published-fallback';
import { choosePublished } from './published-choice';
import { mostSupportedDay, type DateVote } from './source-vote';
import { urlFullDate, urlMonthDate, urlYearDate } from './url-date';
import { VisibleDateReader } from './visible-candidates';
import { headerDate, headerPartialDate, labelledModified, type HeaderDate } from './visible-text-dates';

export interface PageDates {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: as precise as the page states it, the calendar day as the page shows it. */
  published: string | null;
  /** Same form. */
  modified: string | null;
  provenance: { published: FieldProvenance; modified: FieldProvenance };
}

export const NO_DATE: FieldProvenance = {
  source: 'none',
  confidence: 'low',
  reason: 'the page states no date',
};

/**
 * Publication and modification dates. `locale` is the page's declared language tag (e.g. "en-GB"); `ld` is every
 * JSON-LD node of the page (the main node alone when omitted); `now` only bounds plausible dates (nothing after
 * tomorrow); `stateScripts` are the page's inline scripts that may hold a state object with dates, read before
 * scripts are dropped (see script-state-dates.ts). One bounded pass over the page collects the visible and
 * marked-up dates; the URL, structured data and the date shown near the headline then decide, and the fallbacks
 * (published-fallback.ts) answer when none of them does.
 */
export function findDates(
  doc: Document,
  url: string,
  main: LdNode | undefined,
  locale: string | null,
  ld: LdNode[] = main ? [main] : [],
  now: Date = new Date(),
  stateScripts: readonly string[] = [],
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
  const hasHeadline = scan?.headline != null;
  const visible = reader.finish(hasHeadline);
  const header = headerDate(visible, hasHeadline);
  // Many dated teasers and no page-level date: a listing, unless the headline has a date of its own.
  const teaserDated =
    (markup?.publishedDays.size ?? 0) >= LISTING_DATES && !fromLd.published && !fromMeta.published;
  const ownDate = teaserDated && ownsHeaderDate(header, markup?.publishedDays);
  const isListing = teaserDated && !ownDate;
  const pageMarkup = ownDate ? null : markup;
  const structuredVotes: DateVote[] = [
    { day: fromLd.published, weight: 3, source: 'json-ld', name: 'JSON-LD' },
    { day: fromMeta.published, weight: 3, source: 'meta-tag', name: 'the publication meta tag' },
    { day: pageMarkup?.microdataPublished ?? null, weight: 2, source: 'microdata', name: 'microdata' },
    { day: pageMarkup?.timePublished ?? null, weight: 2, source: 'date-line', name: 'the <time> element' },
  ];
  const modifiedVotes: DateVote[] = [
    { day: fromLd.modified, weight: 3, source: 'json-ld', name: 'JSON-LD dateModified' },
    { day: fromMeta.modified, weight: 3, source: 'meta-tag', name: 'the modified-time meta tag' },
    {
      day: pageMarkup?.microdataModified ?? null,
      weight: 2,
      source: 'microdata',
      name: 'microdata dateModified',
    },
    { day: pageMarkup?.timeModified ?? null, weight: 2, source: 'date-line', name: 'the "updated" <time>' },
  ];
  const urlMonth = urlMonthDate(url, reading.bounds);
  const chosen =
    choosePublished({
      fromUrl: urlFullDate(url, reading.bounds),
      structured: mostSupportedDay(structuredVotes),
      structuredDays: [...structuredVotes, ...modifiedVotes]
        .map((vote) => vote.day)
        .filter((day): day is CalendarDay => day != null),
      header,
      urlMonth,
      // A listing dates every teaser; without a page-level date, none of them is the page's.
      isListing,
    }) ??
    (isListing || !doc.body
      ? null
      : fallbackPublished({
          labelledAnywhere: () => labelledDaysAnywhere(doc.body!, reading),
          stateDay: () => stateDay(stateScripts, reading),
          shownModified: () => labelledModified(visible, null),
          urlMonth,
          partialHeader: headerPartialDate(reader.partial, hasHeadline),
          urlYear: urlYearDate(url, reading.bounds),
        }));
  const published = chosen?.value ?? null;
  const modified = modifiedChoice(modifiedVotes, visible, published);
  return {
    published,
    modified: modified?.value ?? null,
    provenance: { published: chosen?.provenance ?? NO_DATE, modified: modified?.provenance ?? NO_DATE },
  };
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
