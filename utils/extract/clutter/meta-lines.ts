/**
 * The byline / date / reading-time line ("Von Anna Schmidt und Jonas Becker | Stand: 12.05.2020, 14:30 Uhr |
 * 5 Min. Lesezeit"). The metadata finders have read it from the uncleaned page already; in the article text it
 * is noise. A line counts when, after taking out dates, reading times and byline words, at most a few
 * capitalised words (the names) remain — so a sentence that mentions a date is never taken for one.
 */
const MONTHS =
  'jan(?:uar|uary)?|feb(?:ruar|ruary)?|mär(?:z)?|maerz|mar(?:ch)?|apr(?:il)?|mai|may|jun(?:i|e)?|jul(?:i|y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?';
const DATE = new RegExp(
  `\\b\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:\\d{4}|\\d{2})\\b|\\b\\d{4}-\\d{2}-\\d{2}(?:t[\\d:.+z-]+)?|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{1,2}\\.?\\s+(?:${MONTHS})\\.?\\s+\\d{4}\\b|\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b(?:${MONTHS})\\s+\\d{4}\\b`,
  'gi',
);
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*(?:uhr|h|am|pm|mez|mesz|cet|cest|utc))?\b|\b\d{1,2}\s*uhr\b/gi;
const READING_TIME =
  /(?:ca\.\s*)?\d+\s*(?:-\s*\d+\s*)?(?:minuten|minutes?|mins?|min\.?)\.?\s*(?:lesezeit|lesedauer|read(?:ing time)?|zum lesen)?|(?:lesezeit|lesedauer|reading time|read time)\s*:?\s*(?:ca\.\s*)?\d+\s*(?:minuten|minutes?|mins?|min\.?)?/gi;
const COUNTS = /\b\d+\s+(?:kommentare?|comments?|antworten|replies|aufrufe|views|likes?|shares?|claps?)\b/gi;
const META_WORDS =
  /\b(?:von|vom|by|autor(?:in)?|autoren|text|interview|fotos?|bilder?|redaktion|veröffentlicht|publiziert|erschienen|aktualisiert|zuletzt|geändert|stand|datum|am|um|und|an|in|posted|published|updated|last|on|at|and|geschrieben|written|details|lesezeit|lesedauer|min|uhr|kommentare?|comments?|zuletzt bearbeitet|modified)\b|[|·•/,:;–—-]/gi;
const BYLINE_START =
  /^(?:von|by|autor(?:in)?|autoren|text|interview|geschrieben von|written by|ein beitrag von|posted by)\s*:?\s+\S/i;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.|von|van|de|der|zu|dr\.?|prof\.?)$/u;

export function isMetaLine(text: string): boolean {
  if (!text || text.length > 160) return false;
  let signal = false;
  const mark = () => {
    signal = true;
    return ' ';
  };
  let rest = text.replace(READING_TIME, mark).replace(DATE, mark).replace(COUNTS, mark);
  if (BYLINE_START.test(text)) signal = true;
  if (!signal) return false;
  rest = rest.replace(TIME, ' ').replace(META_WORDS, ' ').replace(/\s+/g, ' ').trim();
  if (!rest) return true;
  const leftover = rest.split(' ');
  return leftover.length <= 5 && leftover.every((word) => NAME_WORD.test(word));
}
