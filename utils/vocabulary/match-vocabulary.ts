import type { VocabularyEntry } from './social-work-vocabulary';

/** Case- and accent-blind form of a word: "Soziale" → "soziale", "Flüchtling" → "fluchtling", "Maß" → "mass". */
export function foldWord(word: string): string {
  return word.toLocaleLowerCase('de').replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}

interface Token {
  raw: string;
  folded: string;
}

function tokenize(text: string): Token[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((raw) => ({ raw, folded: foldWord(raw) }));
}

/** Endings stripped from a term word so its inflected forms match too ("Soziale" → "sozial" finds "Sozialen"). */
const INFLECTIONS = ['en', 'er', 'es', 'em', 'e'];
/** Shorter stems would find too much inside other words. */
const MIN_STEM = 5;
/** What may follow a stem at the end of a compound: "Kinderarmut", "Sozialarbeiterinnen". */
const MAX_TAIL = 5;

type WordMatcher = (token: Token) => boolean;

function wordMatcher(termWord: string): WordMatcher {
  const folded = foldWord(termWord);
  // Acronyms and numerals ("KI", "SGB", "VIII", "ePA") are only themselves, written as they are.
  if (termWord.length <= 4 && /\p{Lu}/u.test(termWord.slice(1))) return (token) => token.raw === termWord;
  if (folded.length < MIN_STEM) {
    return (token) => token.folded === folded || INFLECTIONS.some((end) => token.folded === folded + end);
  }
  const ending = INFLECTIONS.find((end) => folded.endsWith(end) && folded.length - end.length >= MIN_STEM);
  const stem = ending ? folded.slice(0, -ending.length) : folded;
  return (token) => {
    if (token.folded.startsWith(stem)) return true;
    const at = token.folded.indexOf(stem, 1);
    return at > 0 && token.folded.length - at - stem.length <= MAX_TAIL;
  };
}

interface CompiledEntry {
  tag: string;
  terms: WordMatcher[][];
}

export type CompiledVocabulary = CompiledEntry[];

export function compileVocabulary(entries: readonly VocabularyEntry[]): CompiledVocabulary {
  return entries.map(({ tag, terms }) => ({
    tag,
    terms: [tag, ...terms]
      .map((term) => (term.match(/[\p{L}\p{N}]+/gu) ?? []).map(wordMatcher))
      .filter((words) => words.length > 0),
  }));
}

function countMatches(tokens: Token[], entry: CompiledEntry): number {
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const matched = entry.terms.find((words) =>
      words.every((matches, k) => i + k < tokens.length && matches(tokens[i + k]!)),
    );
    if (matched) {
      count++;
      i += matched.length - 1;
    }
  }
  return count;
}

export interface TagSuggestion {
  tag: string;
  /** Occurrences in the text; a title occurrence counts as three. */
  score: number;
}

export interface SuggestOptions {
  /** Tags the article already has: never suggested again (compared case- and accent-blind). */
  exclude?: readonly string[];
  limit?: number;
}

/** A theme mentioned once in passing in a long text is no theme of the article. */
const MIN_SCORE = 2;
const TITLE_WEIGHT = 3;

/** Vocabulary tags that fit the article, the most frequent first. */
export function suggestTags(
  vocabulary: CompiledVocabulary,
  article: { title: string; text: string },
  { exclude = [], limit = 8 }: SuggestOptions = {},
): TagSuggestion[] {
  const excluded = new Set(exclude.map(foldWord));
  const titleTokens = tokenize(article.title);
  const textTokens = tokenize(article.text);
  const suggestions: TagSuggestion[] = [];
  for (const entry of vocabulary) {
    if (excluded.has(foldWord(entry.tag))) continue;
    const score = TITLE_WEIGHT * countMatches(titleTokens, entry) + countMatches(textTokens, entry);
    if (score >= MIN_SCORE) suggestions.push({ tag: entry.tag, score });
  }
  return suggestions.sort((a, b) => b.score - a.score || a.tag.localeCompare(b.tag, 'de')).slice(0, limit);
}
