/**
 * One author's name as text → the CSL-JSON shape citations need. Used by the extractor, by the migration of stored
 * string authors, by the import of old backups and by the edit form, so they all split names the same way.
 */
import type { AuthorName, PersonName } from '../types';
import { isNonNameLabel, isPlausibleName, looksLikeOrganisation } from '../metadata/authors/name-shape';
import { stripAcademicTitles } from './academic-titles';
import { isNameParticle } from './name-particles';

/** Lead-ins a pasted byline may still carry: "Von Anna Schmidt", "Text: Anna Schmidt", "Gastbeitrag von …". */
const LEAD_IN =
  /^(?:(?:ein\s+)?(?:gastbeitrag|gastautor(?:in)?|beitrag|artikel)\s+(?:von|by)\s+|(?:von|by)\s*:?\s+(?!(?:der|dem|den)\s)|(?:text|autor(?:in)?|author|verfasser(?:in)?|interview)\s*:\s*)/i;

const SUFFIX = /^(?:jr\.?|sr\.?|jun\.?|sen\.?|ii|iii|iv|d\.\s?j\.|d\.\s?ä\.)$/i;

/** A user handle ("happyface313", "gabor_munier"): cited as written, never split into given and family. */
const HANDLE = /^(?=.*\p{L})(?=.*[\d_]|[\p{Ll}\d_.-]+$)[\p{L}\d_.-]+$/u;

/**
 * The structured name, or null when the text is no name. `kind` is what the source declared; without it the
 * extractor's organisation test decides.
 */
export function parseAuthorName(text: string, kind?: 'person' | 'organisation'): AuthorName | null {
  let cleaned = text
    .replace(/[\u200b-\u200f\u00ad\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEAD_IN, '')
    .replace(/^[\s,;:|·–—-]+|[\s,;:|·–—-]+$/g, '');
  if (!cleaned || isNonNameLabel(cleaned) || /@|^https?:|^www\./i.test(cleaned)) return null;
  if (kind === 'organisation' || (kind === undefined && looksLikeOrganisation(cleaned, []))) {
    return { literal: cleaned };
  }
  // "Schmidt, Prof. Dr. Anna": titles may stand on either side of a family-first comma.
  cleaned = stripAcademicTitles(cleaned)
    .split(/\s*,\s*/)
    .map(stripAcademicTitles)
    .join(', ');
  if (isNonNameLabel(cleaned)) return null;
  if (HANDLE.test(cleaned)) return { literal: cleaned };
  if (kind === undefined && !isPlausibleName(cleaned)) return null;
  return parsePerson(cleaned);
}

function parsePerson(text: string): AuthorName {
  const comma = text.split(/\s*,\s*/);
  let suffix: string | undefined;
  if (comma.length > 1 && SUFFIX.test(comma[comma.length - 1]!)) suffix = comma.pop();
  // "Müller, Anna": family name first, then the given names.
  if (comma.length === 2 && comma[0] && comma[1]) return withSuffix(familyFirst(comma[0], comma[1]), suffix);
  const words = comma.join(' ').split(' ').filter(Boolean);
  if (!suffix && words.length > 1 && SUFFIX.test(words[words.length - 1]!)) suffix = words.pop();
  if (words.length === 1) {
    const only = words[0]!;
    // A handle or an acronym ("VZS") is cited as written; a lone capitalised word is a family name.
    if (HANDLE.test(only) || /^\p{Lu}{2,5}$/u.test(only)) return { literal: only };
    return withSuffix({ family: only, given: '' }, suffix);
  }
  // The family name is the last word; lower-case particles just before it ("von der") belong to it.
  let start = words.length - 1;
  while (start > 0 && isNameParticle(words[start - 1]!)) start--;
  const particle = words.slice(start, words.length - 1).join(' ');
  const person: PersonName = { family: words[words.length - 1]!, given: words.slice(0, start).join(' ') };
  if (particle) person['non-dropping-particle'] = particle;
  return withSuffix(person, suffix);
}

/** "von der Leyen, Ursula" and "Leyen, Ursula von der": the particle is read on either side of the comma. */
function familyFirst(familyPart: string, givenPart: string): PersonName {
  const familyWords = familyPart.split(' ');
  const givenWords = givenPart.split(' ');
  const particles: string[] = [];
  while (familyWords.length > 1 && isNameParticle(familyWords[0]!)) particles.push(familyWords.shift()!);
  while (givenWords.length > 1 && isNameParticle(givenWords[givenWords.length - 1]!))
    particles.unshift(givenWords.pop()!);
  const person: PersonName = { family: familyWords.join(' '), given: givenWords.join(' ') };
  if (particles.length) person['non-dropping-particle'] = particles.join(' ');
  return person;
}

function withSuffix(name: AuthorName, suffix: string | undefined): AuthorName {
  return suffix && !('literal' in name) ? { ...name, suffix } : name;
}
