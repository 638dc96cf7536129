import { getDb } from '../db/connection';
import type { RandnotizDb } from '../db/schema';
import { foldWord } from './match-vocabulary';

/** Every tag in the library, read from the multi-entry index without loading any article. */
export async function listKnownTags(db: RandnotizDb = getDb()): Promise<string[]> {
  const keys = await db.articles.orderBy('tags').uniqueKeys();
  return keys
    .filter((key): key is string => typeof key === 'string')
    .sort((a, b) => a.localeCompare(b, 'de'));
}

/** Autocomplete: tags that start with what was typed first, then those containing it; case- and accent-blind. */
export function completeTag(
  input: string,
  known: readonly string[],
  exclude: readonly string[],
  limit = 8,
): string[] {
  const query = foldWord(input.trim());
  if (!query) return [];
  const excluded = new Set(exclude.map(foldWord));
  const candidates = known.filter((tag) => !excluded.has(foldWord(tag)) && foldWord(tag).includes(query));
  const starts = candidates.filter((tag) => foldWord(tag).startsWith(query));
  const contains = candidates.filter((tag) => !foldWord(tag).startsWith(query));
  return [...starts, ...contains].slice(0, limit);
}
