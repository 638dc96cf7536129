import { getDb } from '../db/connection';
import type { RandnotizDb } from '../db/schema';
import { foldWord } from './match-vocabulary';
import { SOCIAL_WORK_VOCABULARY, type VocabularyEntry } from './social-work-vocabulary';

/** Settings key of the user's edited vocabulary; absent while the built-in one is used. */
export const VOCABULARY_SETTING_KEY = 'vocabulary';

function isEntryList(value: unknown): value is VocabularyEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as VocabularyEntry).tag === 'string' &&
        Array.isArray((entry as VocabularyEntry).terms) &&
        (entry as VocabularyEntry).terms.every((term: unknown) => typeof term === 'string'),
    )
  );
}

/** Trimmed, without empty tags or terms, one entry per tag (case- and accent-blind), terms without repeats. */
export function normaliseVocabulary(entries: readonly VocabularyEntry[]): VocabularyEntry[] {
  const byTag = new Map<string, VocabularyEntry>();
  for (const entry of entries) {
    const tag = entry.tag.trim().replace(/\s+/g, ' ');
    if (!tag) continue;
    const key = foldWord(tag);
    const merged = byTag.get(key) ?? { tag, terms: [] };
    const seen = new Set([key, ...merged.terms.map(foldWord)]);
    for (const raw of entry.terms) {
      const term = raw.trim().replace(/\s+/g, ' ');
      if (term && !seen.has(foldWord(term))) {
        seen.add(foldWord(term));
        merged.terms.push(term);
      }
    }
    byTag.set(key, merged);
  }
  return [...byTag.values()];
}

/** The user's vocabulary, or the built-in one; a damaged setting falls back to the built-in list. */
export async function loadVocabulary(db: RandnotizDb = getDb()): Promise<VocabularyEntry[]> {
  const stored = await db.settings.get(VOCABULARY_SETTING_KEY);
  return stored && isEntryList(stored.value) ? stored.value : SOCIAL_WORK_VOCABULARY.map((e) => ({ ...e }));
}

export async function saveVocabulary(
  entries: readonly VocabularyEntry[],
  db: RandnotizDb = getDb(),
): Promise<void> {
  await db.settings.put({ key: VOCABULARY_SETTING_KEY, value: normaliseVocabulary(entries) });
}

export async function resetVocabulary(db: RandnotizDb = getDb()): Promise<void> {
  await db.settings.delete(VOCABULARY_SETTING_KEY);
}
