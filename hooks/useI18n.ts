import {
  formatPartialDay,
  formatInstantDay,
  formattingLocale,
  message,
  pluralForm,
  uiLanguage,
  type MessageKey,
} from '@/utils/i18n';

export interface I18n {
  t: typeof message;
  /** BCP 47 locale for dates and numbers, matching the language of the messages. */
  locale: string;
  /** The browser's UI language as the browser reports it. */
  uiLanguage: string;
  /** A partial date as precise as it is: "9. Juni 2021", "Juni 2021" or "2021"; null when it is none. */
  formatDay(day: string | null): string | null;
  /** The local calendar day of a timestamp (when an article was saved or updated). */
  formatInstant(epochMs: number): string;
  /** `one` or `other` message for `count`, with the formatted count as $1. */
  plural(count: number, one: MessageKey, other: MessageKey): string;
}

let cached: I18n | null = null;

function createI18n(): I18n {
  const browserLanguage = uiLanguage();
  const locale = formattingLocale(message('common_locale'), browserLanguage);
  const numbers = new Intl.NumberFormat(locale);
  return {
    t: message,
    locale,
    uiLanguage: browserLanguage,
    formatDay: (day) => formatPartialDay(day, locale),
    formatInstant: (epochMs) => formatInstantDay(epochMs, locale),
    plural: (count, one, other) =>
      message(pluralForm(count, locale) === 'one' ? one : other, numbers.format(count)),
  };
}

/** UI text and formats in the browser's language; the language cannot change while a page is open. */
export function useI18n(): I18n {
  cached ??= createI18n();
  return cached;
}
