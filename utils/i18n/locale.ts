import { parsePartialDate } from '../extract/partial-date';

/**
 * The locale for dates and numbers: the browser's UI language when the messages are in that language (so an
 * Austrian or British browser gets its own formats), otherwise the language the messages fell back to, so dates
 * never appear in a language the rest of the panel does not speak.
 */
export function formattingLocale(messageLanguage: string, browserLanguage: string): string {
  const browserPrimary = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return browserPrimary === messageLanguage.toLowerCase()
    ? browserLanguage.replace('_', '-')
    : messageLanguage;
}

/**
 * "9. Juni 2021", "Juni 2021" or "2021" (English: "June 9, 2021", "June 2021", "2021"): a partial date shown with
 * exactly the parts it has, never padded to an invented day. A longer stamp (`YYYY-MM-DDT…`, from records older
 * than partial dates) shows its calendar day. Null when the value is no date.
 */
export function formatPartialDay(value: string | null, locale: string): string | null {
  if (value === null) return null;
  const date = parsePartialDate(value) ?? parsePartialDate(/^\d{4}-\d{2}-\d{2}/.exec(value)?.[0]);
  if (!date) return null;
  const { year, month = 1, day = 1 } = date;
  const parts: Intl.DateTimeFormatOptions =
    date.day !== undefined
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : date.month !== undefined
        ? { month: 'long', year: 'numeric' }
        : { year: 'numeric' };
  // A calendar date, not an instant: formatted in UTC so no time zone can move it to the day before.
  return new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** "5. März 2024" / "March 5, 2024": the local calendar day of an instant such as the time an article was saved. */
export function formatInstantDay(epochMs: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(epochMs);
}

/** The language's name in the UI language, e.g. "Deutsch (Deutschland)" for de-DE. */
export function languageName(language: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language.replace('_', '-')) ?? language;
  } catch {
    return language;
  }
}

/** Names as a German reader expects them in a list: "Ärzte" beside "Arbeit", "alpha" beside "Alpha". */
export function byGermanCollation(a: string, b: string): number {
  return a.localeCompare(b, 'de', { sensitivity: 'base' });
}

export type PluralForm = 'one' | 'other';

/** German and English only distinguish one from other; the rules come from CLDR through Intl. */
export function pluralForm(count: number, locale: string): PluralForm {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
