/** What a label in front of a visible date says about it. */
export type LabelKind = 'published' | 'modified' | 'as-of';

// Labels as publishers write them, German and English. "Stand" (as of) is what German news sites print instead
// of a publication date, so it counts as one when nothing more explicit exists.
const MODIFIED =
  /(?<![a-zäöüß])(aktualisiert|zuletzt\s+ge(?:ändert|aendert)|geändert|bearbeitet|überarbeitet|updated|last\s+modified|modified|revised|last\s+edited)\s*(?:am|on|:)?/i;
const PUBLISHED =
  /(?<![a-zäöüß])(veröffentlicht|veroeffentlicht|erschienen|publiziert|erstellt|geschrieben|eingestellt|gepostet|datum|published|posted|written|created|date|pressemitteilung\s+vom|meldung\s+vom|artikel\s+vom|beitrag\s+vom)\s*(?:am|on|:)?/i;
const AS_OF = /\bstand\s*(?:vom|:)?/i;

export interface FoundLabel {
  kind: LabelKind;
  /** Index just after the label, where its date is expected. */
  end: number;
}

/** The label nearest before `dateIndex` in a short text, if any. */
export function labelBefore(text: string, dateIndex: number): FoundLabel | null {
  const head = text.slice(Math.max(0, dateIndex - 60), dateIndex);
  let best: FoundLabel | null = null;
  for (const [kind, pattern] of [
    ['modified', MODIFIED],
    ['published', PUBLISHED],
    ['as-of', AS_OF],
  ] as const) {
    const match = lastMatch(head, pattern);
    if (match !== null && (!best || match > best.end)) best = { kind, end: match };
  }
  return best;
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
