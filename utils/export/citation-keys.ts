import { isOrganisationName } from '../extract/names/author-name';
import { partialDateYear } from '../extract/partial-date';
import type { AuthorName } from '../extract/types';
import type { ExportArticle } from './bundle';

/** ASCII the way German readers transliterate: "Müller" → "Mueller", not "Muller". */
function asciiFold(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

const STOP_WORDS = new Set([
  'der',
  'die',
  'das',
  'ein',
  'eine',
  'the',
  'a',
  'an',
  'und',
  'and',
  'zur',
  'zum',
  'im',
]);

function keyPart(text: string): string {
  const word = asciiFold(text).replace(/[^A-Za-z0-9]/g, '');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The family name without its particle ("von der Leyen" → "Leyen"), an organisation's first word. */
function nameWord(name: AuthorName): string {
  if (!isOrganisationName(name)) return name.family;
  return name.literal.split(/\s+/).find((word) => keyPart(word) !== '') ?? '';
}

function baseKey({ article }: ExportArticle): string {
  const first = article.authorNames[0];
  const firstAuthor = first ? nameWord(first) : (article.siteName ?? 'Anonym');
  const titleWord =
    article.title.split(/\s+/).find((word) => !STOP_WORDS.has(word.toLowerCase()) && keyPart(word) !== '') ??
    '';
  return `${keyPart(firstAuthor) || 'Anonym'}${partialDateYear(article.published) ?? 'oJ'}${keyPart(titleWord)}`;
}

/**
 * BibTeX keys, one per article in order: ASCII letters and digits only (safe in every TeX engine and in
 * Citavi/Zotero), unique within the export — a second "Mueller2019Digitalisierung" becomes "…b", then "…c".
 */
export function citationKeys(articles: readonly ExportArticle[]): string[] {
  const used = new Set<string>();
  return articles.map((entry) => {
    const base = baseKey(entry);
    let key = base;
    for (let n = 1; used.has(key); n++) key = `${base}${suffixFor(n)}`;
    used.add(key);
    return key;
  });
}

/** 1 → "b", 25 → "z", 26 → "ba": letters keep the key readable and free of the year's digits. */
function suffixFor(n: number): string {
  let suffix = '';
  let rest = n;
  do {
    suffix = String.fromCharCode(97 + (rest % 26)) + suffix;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return suffix;
}
