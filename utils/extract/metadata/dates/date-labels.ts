import { MONTH_PATTERN } from './written-date';

/**
 * What a label in front of a visible date says about it: the page's publication or modification date, an "as of"
 * stamp, or a date the text talks about (an event, a deadline, a survey), which never dates the page.
 */
export type LabelKind = 'published' | 'modified' | 'as-of' | 'event';

// Labels as publishers write them, German and English. "Stand" (as of) is what German news sites print instead
// of a publication date, so it counts as one only when nothing more explicit exists.
const MODIFIED =
  /(?<![a-zäöüß])(aktualisiert|aktualisierung|(?:letzte|zuletzt)\s+(?:änderung|aenderung|aktualisierung|bearbeitung|überarbeitung)|zuletzt\s+ge(?:ändert|aendert)|geändert|bearbeitet|überarbeitet|updated|last\s+update|last\s+modified|modified|revised|last\s+edited|last\s+changed)\s*(?:am|on|:)?/i;
const PUBLISHED =
  /(?<![a-zäöüß])(veröffentlicht|veroeffentlicht|erschienen|publiziert|erstellt|geschrieben|eingestellt|gepostet|datum|published|posted|written|created|date|pressemitteilung\s+vom|meldung\s+vom|artikel\s+vom|beitrag\s+vom)\s*(?:am|on|:)?/i;
const AS_OF = /(?<![a-zäöüß])(stand|as\s+of)\s*(?:vom|:)?/i;
// Words that make a following date something the text is about: a deadline, an event's day, a survey's or a
// statistic's reference day, a source line. Strong words name such a date from a few words away ("Anmeldeschluss
// ist der 3. Mai"); weak ones ("ab", "bis", "seit") only right before it, since a dateline may hold them too.
const EVENT_STRONG =
  /(?<![a-zäöüß])(anmeldeschluss|anmeldefrist|anmeldung|einsendeschluss|bewerbungsschluss|bewerbungsfrist|abgabefrist|meldeschluss|frist|fristende|stichtag|deadline|termin|veranstaltung|veranstaltungsdatum|tagung|fachtag|seminar|workshop|webinar|findet|stattfinden\w*|erhebung|erhebungszeitraum|befragung|umfrage|zensus|quelle|source|gültig|in\s+kraft|inkrafttreten|geboren|gestorben|verstorben|registration|takes\s+place|held\s+on)(?![a-zäöüß])/i;
const EVENT_WEAK =
  /(?<![a-zäöüß])(ab(?:\s+dem)?|bis(?:\s+zum|\s+spätestens)?|seit(?:\s+dem)?|beginnt|beginn|startet|endet|läuft|until|due|closes|opens)\s*(?:am|on|:)?\s*$/i;

export interface FoundLabel {
  kind: LabelKind;
  /** Index just after the label, where its date is expected. */
  end: number;
}

// A label belongs to the date right after it; one further back (a whole clause away) says nothing about it.
const LABEL_REACH = 60;
const EVENT_REACH = 40;

/** The label nearest before `dateIndex` in a short text, if any. */
export function labelBefore(text: string, dateIndex: number): FoundLabel | null {
  const head = text.slice(Math.max(0, dateIndex - LABEL_REACH), dateIndex);
  let best: FoundLabel | null = null;
  for (const [kind, pattern] of [
    ['modified', MODIFIED],
    ['published', PUBLISHED],
    ['as-of', AS_OF],
  ] as const) {
    const match = lastMatch(head, pattern);
    if (match !== null && (!best || match > best.end)) best = { kind, end: match };
  }
  const strong = lastMatch(head.slice(-EVENT_REACH), EVENT_STRONG);
  const weak = EVENT_WEAK.test(head);
  if ((strong !== null || weak) && !labelsTheDate(best, head)) best = { kind: 'event', end: head.length };
  return best;
}

/** Whether an explicit publication label sits between any event word and the date ("Termin … Erschienen am"). */
function labelsTheDate(best: FoundLabel | null, head: string): boolean {
  if (!best || best.kind === 'as-of') return false;
  return head.length - best.end <= 2;
}

// Right after a date: the start of a range ("15.03. – 17.03.2021", "bis 17.03.") or, in the same clause, the verb
// of an event sentence ("Am 15.03.2021 findet der Fachtag statt").
// A dash followed by a time ("02.07.2019 - 14:30 Uhr") or by text ("02.07.2019 – Berlin.") is a dateline.
const RANGE_START = new RegExp(
  `^\\S{0,12}\\s*(?:(?:um\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:uhr)?\\s*)?(?:[–—-]\\s*(?:\\d{1,2}\\.\\d{1,2}\\.|\\d{1,2}\\.?\\s*${MONTH_PATTERN}|${MONTH_PATTERN}\\s*\\d)|bis\\s)`,
  'i',
);
const EVENT_VERB_AFTER =
  /^[^.!?]{0,40}?(?<![a-zäöüß])(?:findet|finden|stattfinden|statt|beginnt|endet|läuft|takes\s+place)(?![a-zäöüß])/i;
// Right before a date: the end of a range whose start is another date ("15.03.2021 – 17.03.2021", "15. bis
// 17. März 2021"); a time, a page or an issue number before a dash ("14:30 – ", "Nr. 5 – ") is not one.
const RANGE_END =
  /(?:(?<!\d)\d{1,2}\.(?:\d{1,2}\.(?:\d{2}|\d{4})?)?|(?<![\d.])(?:19|20)\d{2})\s*(?:–|—|-|bis(?:\s+zum)?)\s*$/i;

/** Whether the text around a date makes it part of a date range or an event sentence. */
export function eventAround(text: string, dateIndex: number, dateEnd: number): boolean {
  const after = text.slice(dateEnd, dateEnd + 60);
  return (
    RANGE_START.test(after) ||
    EVENT_VERB_AFTER.test(after) ||
    RANGE_END.test(text.slice(Math.max(0, dateIndex - 20), dateIndex))
  );
}

/** End index of the last match of the pattern in the text. */
function lastMatch(text: string, pattern: RegExp): number | null {
  const global = new RegExp(pattern.source, 'gi');
  let end: number | null = null;
  for (let match = global.exec(text); match; match = global.exec(text)) end = match.index + match[0].length;
  return end;
}

/** Class, id or itemprop values that mark an element holding the article's date. */
export const DATE_CONTAINER =
  /date|datum|time|zeit|publish|posted|dateline|byline|stand|meta|info|autor|author/i;
/** Such values that mark a modification date. */
export const MODIFIED_CONTAINER = /updated|modified|aktualisiert|last-?edit/i;
