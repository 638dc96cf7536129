export { fallbackMessage, message, uiLanguage } from './messages';
export type { MessageKey } from './messages';
export {
  byGermanCollation,
  formatCalendarDay,
  formatInstantDay,
  formattingLocale,
  languageName,
  pluralForm,
} from './locale';
export type { PluralForm } from './locale';
