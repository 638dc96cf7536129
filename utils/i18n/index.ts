export { fallbackMessage, message, uiLanguage } from './messages';
export type { MessageKey } from './messages';
export {
  byGermanCollation,
  formatPartialDay,
  formatInstantDay,
  formattingLocale,
  languageName,
  pluralForm,
} from './locale';
export type { PluralForm } from './locale';
