export { fallbackMessage, message, uiLanguage } from './messages';
export type { MessageKey } from './messages';
export { formatCalendarDay, formattingLocale, languageName, pluralForm } from './locale';
export type { PluralForm } from './locale';
