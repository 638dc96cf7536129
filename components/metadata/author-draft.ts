import type { AuthorName } from '@/utils/extract/types';

/**
 * One row of the author editor. A person is edited as given name and family name; a particle such as "von der"
 * is shown in front of the family name, where readers write it, and split off again on saving.
 */
export type AuthorDraft =
  | { key: number; kind: 'person'; given: string; family: string; suffix: string }
  | { key: number; kind: 'organisation'; name: string };

export type AuthorKind = AuthorDraft['kind'];

let nextKey = 1;
/** Rows need stable keys so that focus and typed text stay with a row when another row moves or goes. */
const newKey = () => nextKey++;

export function emptyAuthorDraft(kind: AuthorKind): AuthorDraft {
  return kind === 'person'
    ? { key: newKey(), kind, given: '', family: '', suffix: '' }
    : { key: newKey(), kind, name: '' };
}

export function authorDraftFromName(name: AuthorName): AuthorDraft {
  if ('literal' in name) return { key: newKey(), kind: 'organisation', name: name.literal };
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return { key: newKey(), kind: 'person', given: name.given, family, suffix: name.suffix ?? '' };
}

/** Switching a row between person and organisation keeps what was typed, in the order it reads. */
export function switchAuthorKind(draft: AuthorDraft, kind: AuthorKind): AuthorDraft {
  if (draft.kind === kind) return draft;
  if (draft.kind === 'person') {
    const name = [draft.given, draft.family].map(clean).filter(Boolean).join(' ');
    return { key: draft.key, kind: 'organisation', name };
  }
  const words = clean(draft.name).split(' ').filter(Boolean);
  const family = words.pop() ?? '';
  return { key: draft.key, kind: 'person', given: words.join(' '), family, suffix: '' };
}

/** A row without any text: dropped on saving, as an empty line in a list would be. */
export function isBlankAuthor(draft: AuthorDraft): boolean {
  return draft.kind === 'person' ? !clean(draft.given) && !clean(draft.family) : !clean(draft.name);
}

/** What is wrong with a row that has text, or null. */
export function authorDraftProblem(draft: AuthorDraft): 'familyMissing' | null {
  if (draft.kind === 'person' && !clean(draft.family) && clean(draft.given)) return 'familyMissing';
  return null;
}

/**
 * The citation name of a row. Lowercase words in front of the family name ("von", "van der", "de") are its
 * non-dropping particle, as citeproc-js parses them, so "von der Leyen" sorts under L.
 */
export function authorNameFromDraft(draft: AuthorDraft): AuthorName {
  if (draft.kind === 'organisation') return { literal: clean(draft.name) };
  const words = clean(draft.family).split(' ');
  let split = 0;
  while (split < words.length - 1 && isParticle(words[split] ?? '')) split++;
  const particle = words.slice(0, split).join(' ');
  const suffix = clean(draft.suffix);
  return {
    family: words.slice(split).join(' '),
    given: clean(draft.given),
    ...(particle ? { 'non-dropping-particle': particle } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

const isParticle = (word: string) => /^[\p{Ll}][\p{Ll}'’]*$/u.test(word);

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
