import { isOrganisationName } from '../extract/names/author-name';
import type { AuthorName } from '../extract/types';

/** A CSL-JSON name (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html#name-fields). */
export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  /** Organisations ("Caritas Verband e.V."): never split into given and family names. */
  literal?: string;
}

const filled = (part: string | undefined): part is string => part !== undefined && part.trim() !== '';

/**
 * The stored name as CSL wants it. The record already holds CSL's shape, so this only drops empty parts: an empty
 * `given` would make some citeprocs print a stray comma or initial.
 */
export function cslName(name: AuthorName): CslName {
  if (isOrganisationName(name)) return { literal: name.literal.trim() };
  // In reading order, as Zotero writes CSL-JSON: given, particle, family, suffix.
  const csl: CslName = {};
  if (filled(name.given)) csl.given = name.given.trim();
  if (filled(name['non-dropping-particle']))
    csl['non-dropping-particle'] = name['non-dropping-particle'].trim();
  csl.family = name.family.trim();
  if (filled(name.suffix)) csl.suffix = name.suffix.trim();
  return csl;
}

/**
 * "von der Leyen, Ursula", "Müller, Hans, Jr.", an organisation as it is: the inverted form RIS `AU`, CSV and
 * COinS `rft.creator` use. The particle leads, as BibTeX's "von" part and Zotero's RIS import expect, so every
 * importer files the name under the same family name.
 */
export function familyFirstName(name: AuthorName): string {
  const csl = cslName(name);
  if (csl.literal !== undefined) return csl.literal;
  const family = [csl['non-dropping-particle'], csl.family].filter(filled).join(' ');
  // RIS reads the third comma part as the suffix, so a suffix without a given name keeps an empty second part.
  if (csl.suffix) return `${family}, ${csl.given ?? ''}, ${csl.suffix}`;
  return csl.given ? `${family}, ${csl.given}` : family;
}
