import { browser } from 'wxt/browser';
import english from '../../public/_locales/en/messages.json';

/** Every key of the shared message files; a misspelt key is a type error, not a blank label. */
export type MessageKey = keyof typeof english;

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * The English text with Chrome's placeholder rules applied ($NAME$ → its content, $1 → the first substitution),
 * for contexts without `browser.i18n` (unit tests, tools) and for a key the browser does not know.
 */
export function fallbackMessage(key: string, substitutions: readonly string[] = []): string {
  const entry = (english as Record<string, MessageEntry | undefined>)[key];
  if (!entry) return key;
  const withPlaceholders = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return withPlaceholders.replace(
    /\$(\d)/g,
    (whole, index: string) => substitutions[Number(index) - 1] ?? whole,
  );
}

function browserMessage(key: string, substitutions: readonly string[]): string {
  try {
    const getMessage = browser.i18n?.getMessage as ((name: string, subs?: string[]) => string) | undefined;
    return getMessage?.(key, [...substitutions]) ?? '';
  } catch {
    return '';
  }
}

/** The UI text for `key` in the browser's language (German when the browser is German). */
export function message(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  return browserMessage(key, values) || fallbackMessage(key, values);
}

/** The browser's UI language (e.g. "de-DE"); "en" where there is no browser. */
export function uiLanguage(): string {
  try {
    return browser.i18n?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}
