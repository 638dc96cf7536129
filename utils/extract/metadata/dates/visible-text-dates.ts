import { type CalendarDay } from './calendar-day';
import { type PartialVisibleDate, type VisibleDate } from './visible-candidates';

/** How the visible date near the headline was recognised, from the most to the least explicit. */
export type HeaderDateKind = 'labelled' | 'container' | 'plain' | 'before' | 'modified-container' | 'as-of';

export interface HeaderDate {
  day: CalendarDay;
  kind: HeaderDateKind;
  /** Its line counted from the headline (0: the first dated line below it). */
  line: number;
  /** A date range or event sentence: the page's own date only on an event page. */
  eventLike: boolean;
  /** Labelled "Stand" or styled as "updated": it may show the revision rather than the publication. */
  updateLike: boolean;
}

// The byline or dateline sits a few dated lines from the headline at most; further down, dates belong to the
// text, and above it to navigation and teasers.
const WINDOW_BEFORE = -2;
const WINDOW_AFTER = 8;

/**
 * The publication date as the reader sees it next to the headline: labelled ("Veröffentlicht am …"), then a
 * date/byline/meta element nearest below the headline, then a bare dated line right below or above it, then a
 * date in an element styled as "updated" (themes reuse such classes for the only date they show), then "Stand".
 */
export function headerDate(dates: VisibleDate[], hasHeadline: boolean): HeaderDate | null {
  const inWindow = (date: VisibleDate) =>
    date.label !== 'modified' &&
    date.label !== 'event' &&
    !date.inProse &&
    // An event page is dated by its event, shown as its first date line; further down, a date range or an
    // event sentence is something the text announces.
    (!date.eventContext || date.line === 0) &&
    date.line <= WINDOW_AFTER &&
    (!hasHeadline || date.line >= WINDOW_BEFORE);
  const near = dates.filter(inWindow);
  const plain = near.filter((date) => date.label === null && !date.modifiedContainer);
  const labelled = near.find((date) => date.label === 'published' && !date.modifiedContainer);
  if (labelled) return pick(labelled, 'labelled');
  // "Stand: …" printed in the date line itself is that line's date, nearer than a date further down.
  const container = near
    .filter(
      (date) =>
        date.inDateContainer && !date.modifiedContainer && (date.label === null || date.label === 'as-of'),
    )
    .sort((a, b) => distanceFromHeadline(a) - distanceFromHeadline(b))[0];
  if (container) return pick(container, 'container');
  const below = plain.find((date) => date.line >= 0 && date.line <= (hasHeadline ? 2 : 1));
  if (below) return pick(below, 'plain');
  const styledUpdated = near.find((date) => date.label === null && date.modifiedContainer);
  // Right below the headline, a date styled as "updated" is still the byline's; teaser dates sit above it.
  if (styledUpdated && hasHeadline && styledUpdated.line === 0)
    return pick(styledUpdated, 'modified-container');
  const above = hasHeadline ? plain.filter((date) => date.line < 0).pop() : undefined;
  if (above) return pick(above, 'before');
  if (styledUpdated) return pick(styledUpdated, 'modified-container');
  const asOf = near.find((date) => date.label === 'as-of');
  return asOf ? pick(asOf, 'as-of') : null;
}

function pick(date: VisibleDate, kind: HeaderDateKind): HeaderDate {
  const { day, line, eventContext, label, modifiedContainer } = date;
  return { day, kind, line, eventLike: eventContext, updateLike: label === 'as-of' || modifiedContainer };
}

/** Below the headline before above it, nearer before farther. */
function distanceFromHeadline(date: VisibleDate): number {
  return date.line >= 0 ? date.line : 100 - date.line;
}

/**
 * A date the page labels as a modification ("Aktualisiert am …", "Letzte Änderung: …"); failing that, a "Stand"
 * (as-of) date that is not the publication date, since "Stand" then says when the text was last brought up to date.
 */
export function labelledModified(dates: VisibleDate[], published: string | null): CalendarDay | null {
  const labelled = dates.find((date) => date.label === 'modified' && !date.inProse);
  if (labelled) return labelled.day;
  if (published === null) return null;
  return dates.find((date) => date.label === 'as-of' && !date.inProse && date.day > published)?.day ?? null;
}

/** A month-only or year-only date line near the headline ("Juni 2021"), for pages that give no full date. */
export function headerPartialDate(dates: PartialVisibleDate[], hasHeadline: boolean): string | null {
  const near = dates.filter(
    (date) => date.line <= WINDOW_AFTER && (!hasHeadline || date.line >= WINDOW_BEFORE),
  );
  // A labelled publication date first, then the finest precision, then the nearest.
  const labelled = near.find((date) => date.label === 'published');
  return (labelled ?? near.find((date) => date.value.length > 4) ?? near[0])?.value ?? null;
}
