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

/** "2. Juli 2019" / "July 2, 2019" for a `YYYY-MM-DD` calendar day; null when the value is not one. */
export function formatCalendarDay(day: string, locale: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return null;
  // A calendar day, not an instant: formatted in UTC so no time zone can move it to the day before.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
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
