/**
 * Metadata scoring as the upstream benchmarks do it: exact match after folding whitespace and case; several
 * authors are compared as a set; dates count when they name the same calendar day. One deliberate difference:
 * academic titles are not part of a name (issue 9: a citation never carries them), so "Prof. Dr. Anna Schmidt"
 * in a label and "Anna Schmidt" in an answer are the same author.
 */
import { stripAcademicTitles } from '../../utils/extract/names/academic-titles';

export type MetaField = 'title' | 'author' | 'published' | 'lang' | 'siteName';
export const META_FIELDS: readonly MetaField[] = ['title', 'author', 'published', 'lang', 'siteName'];

/** What a tool answered for a field: a string, a list (authors), or nothing. */
export type FieldValue = string | readonly string[] | null | undefined;

/** Whitespace (incl. no-break space) collapsed, trimmed, lower-cased, Unicode NFC. */
export function normaliseValue(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** Splits an author line or list into a set of normalised names ("A, B und C" → {a, b, c}). */
const AUTHOR_SEPARATOR = /\s*[,;&|]\s*|\s+(?:und|and)\s+/iu;

export function authorSet(value: FieldValue): Set<string> {
  const parts = value == null ? [] : typeof value === 'string' ? [value] : value;
  const names = parts.flatMap((part) => normaliseValue(part).split(AUTHOR_SEPARATOR));
  return new Set(names.map((name) => normaliseValue(stripAcademicTitles(name.trim()))).filter(Boolean));
}

/** `YYYY-MM-DD` of a date or date-time string, or null when it does not start with one. */
export function calendarDay(value: string | null | undefined): string | null {
  const match = value?.trim().match(/^(\d{4}-\d{2}-\d{2})/);
  return match ? match[1]! : null;
}

/** Primary language subtag ("de-AT" → "de"). */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary ? primary : null;
}

function isEmpty(value: FieldValue): boolean {
  if (value == null) return true;
  return typeof value === 'string' ? value.trim() === '' : value.every((item) => item.trim() === '');
}

function asText(value: FieldValue): string | null {
  if (isEmpty(value)) return null;
  return typeof value === 'string' ? value : (value as readonly string[]).join(', ');
}

/**
 * Whether `predicted` matches the ground truth `expected` for `field`. `expected === null` means the page has
 * no such value (fixtures), so only an empty answer is right; corpora leave unannotated fields out instead.
 */
export function fieldMatches(field: MetaField, expected: FieldValue, predicted: FieldValue): boolean {
  if (isEmpty(expected)) return isEmpty(predicted);
  if (isEmpty(predicted)) return false;
  switch (field) {
    case 'author': {
      const want = authorSet(expected);
      const got = authorSet(predicted);
      return want.size === got.size && [...want].every((name) => got.has(name));
    }
    case 'published': {
      const day = calendarDay(asText(expected));
      return day !== null && day === calendarDay(asText(predicted));
    }
    case 'lang':
      return primaryLanguage(asText(expected)) === primaryLanguage(asText(predicted));
    default:
      return normaliseValue(asText(expected)!) === normaliseValue(asText(predicted)!);
  }
}
