import type { AuthorName, PersonName } from '../types';

export function isOrganisationName(name: AuthorName): name is { literal: string } {
  return 'literal' in name;
}

/** "Given particle Family suffix" for a person, the literal for an organisation: how the name reads in a byline. */
export function authorDisplayName(name: AuthorName): string {
  if (isOrganisationName(name)) return name.literal;
  const person: PersonName = name;
  return [person.given, person['non-dropping-particle'], person.family, person.suffix]
    .filter((part) => part && part.trim())
    .join(' ');
}

export function authorDisplayNames(names: readonly AuthorName[]): string[] {
  return names.map(authorDisplayName).filter(Boolean);
}
