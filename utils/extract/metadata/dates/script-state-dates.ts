import { type CalendarDay } from './calendar-day';
import { parseMachineDate, type MachineReading } from './machine-date';

/**
 * Shops, single-page apps and headless CMSs render the page from a state object in an inline script
 * (`window.__NUXT__`, `ShopifyAnalytics.meta`, `__NEXT_DATA__`) and print no date at all, although the state holds
 * the item's publication day. The keys are the CMS's own names for it. A last resort only: the state also
 * describes teasers, menus and the shop's other products, so a day counts only when every publication key of the
 * page names it, and creation keys only when no publication key exists.
 */
const PUBLISHED_KEYS =
  /^(?:date_?published|published_?(?:at|on|date|time)|publish_?(?:ed_?)?date|publication_?date|first_?published(?:_?(?:at|date))?|pub_?date|release_?date)$/i;
const CREATED_KEYS = /^(?:created_?(?:at|on|date)|date_?created|creation_?date)$/i;
// A key in JSON, in a JavaScript object literal or in JSON escaped inside a string: "key":"value", key: 'value',
// \"key\":\"value\"; the value an ISO-like date or an epoch in seconds or milliseconds.
const PAIR =
  /[\\"']*([a-z_]{6,24})[\\"']*\s*:\s*(?:[\\"']+(\d{4}-\d{2}-\d{2}[^"'\\]{0,30})|(\d{10}|\d{13})(?!\d))/gi;
// Cheap test run on every inline script before the pattern above.
const KEY_HINT = /publi|created|pub_?date|release_?date/i;
// A page's state may be megabytes (a shop's whole catalogue); the item's own data comes first.
const SCRIPT_LIMIT = 400_000;
const PAIR_LIMIT = 200;

/** Inline scripts that may hold a state object with dates; read before scripts are removed from the page. */
export function stateScriptTexts(doc: Document): string[] {
  const texts: string[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    if (script.hasAttribute('src')) continue;
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type.includes('ld+json')) continue;
    const text = (script.textContent ?? '').slice(0, SCRIPT_LIMIT);
    if (KEY_HINT.test(text)) texts.push(text);
  }
  return texts;
}

/** The one day the page's script state gives as its publication (or, failing any, its creation) day. */
export function stateDay(texts: readonly string[], reading: MachineReading): CalendarDay | null {
  const published = new Set<CalendarDay>();
  const created = new Set<CalendarDay>();
  let pairs = 0;
  for (const text of texts) {
    for (const match of text.matchAll(PAIR)) {
      if (++pairs > PAIR_LIMIT) break;
      const key = match[1] ?? '';
      const isPublished = PUBLISHED_KEYS.test(key);
      if (!isPublished && !CREATED_KEYS.test(key)) continue;
      const value = match[2] ?? match[3];
      const day = parseMachineDate(value, reading);
      if (!day) continue;
      (isPublished ? published : created).add(day);
    }
  }
  const days = published.size > 0 ? published : created;
  return days.size === 1 ? ([...days][0] ?? null) : null;
}
