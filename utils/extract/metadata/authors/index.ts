/**
 * The article's authors as a list of names. Sources, most trusted first: JSON-LD, visible byline markup, meta
 * tags (often the site-wide default, so below the visible byline), "Von: …" lines, Readability's byline, the
 * author-bio box, a signature closing the text. A person named anywhere beats an organisation (a publisher
 * written into JSON-LD as author, a desk like "Redaktion"); an organisation is only returned when no person is
 * named at all, and an agency dateline ("Hamburg (dpa) –") only when not even an organisation is. Runs on the
 * uncleaned document: clutter removal deletes byline lines and bio boxes.
 */
import { ldText, type LdNode } from '../json-ld';
import { bylineMarkupAuthors } from './byline-elements';
import { bylineLineAuthors } from './byline-lines';
import { dedupe, namesFromByline } from './byline-text';
import { jsonLdAuthors, metaAuthors } from './declared-authors';
import { looksLikeOrganisation } from './name-shape';
import { datelineAgency, signatureAuthors } from './body-credits';
import { findFrame } from './page-zones';
import { compact } from '../title/site-suffix';

export interface AuthorContext {
  /** The site's name, so that a publisher posing as author can be recognised. */
  siteName?: string | null;
  /** Every JSON-LD node of the page, to resolve `@id` references and find authors of other article nodes. */
  ld?: readonly LdNode[];
}

export function findAuthors(
  doc: Document,
  main: LdNode | undefined,
  readabilityByline: string | null,
  context: AuthorContext = {},
): string[] {
  const siteNames = [context.siteName ?? '', ldText(main?.['publisher']) ?? ''].filter(Boolean);
  const isPerson = (name: string) => !looksLikeOrganisation(name, siteNames);
  const declared = jsonLdAuthors(main, context.ld ?? []);
  const frame = findFrame(doc, (text) => looksLikeOrganisation(text, siteNames) && text.length < 60);
  let markupFound: ReturnType<typeof bylineMarkupAuthors> | undefined;
  const markup = () => (markupFound ??= bylineMarkupAuthors(doc, frame));
  // Lazily evaluated: most pages are settled by the first sources, and the text walk is the costly one.
  const sources: (() => string[])[] = [
    () => {
      const people = declared.filter((a) => !a.organisation).map((a) => a.name);
      return people.length ? preferVisible(people, markup().names) : [];
    },
    () => markup().names,
    () => metaAuthors(doc),
    // A listing's bylines belong to its teasers, whatever form they take.
    () => (markup().listing ? [] : bylineLineAuthors(doc, frame)),
    () => (readabilityByline && !markup().listing ? namesFromByline(readabilityByline) : []),
    () => markup().bio(),
    () => (markup().listing ? [] : signatureAuthors(doc, frame)),
  ];
  let organisations: string[] = declared.map((a) => a.name);
  for (const source of sources) {
    const names = source();
    const organisationNamed = names.some((name) => !isPerson(name));
    // "hessenschau.de, Frankfurt, Germany": next to an organisation, single words are its address, not people.
    const people = names.filter((name) => isPerson(name) && !(organisationNamed && !name.includes(' ')));
    if (people.length) return dedupe(people);
    if (!organisations.length) organisations = organisationNamed ? names.filter((n) => !isPerson(n)) : names;
  }
  if (markup().listing && !declared.length) return [];
  // An agency's dateline ("Hamburg (dpa) –") is the last resort: the page may credit its own desk instead.
  return dedupe(organisations.length ? organisations : datelineAgency(doc, frame));
}

/**
 * JSON-LD is trusted over the visible byline, except where the byline says the same thing better: it names the
 * declared author plus co-authors, or spells out a declared user name ("arianschlichenmayer", "gabor_munier").
 */
function preferVisible(declared: string[], visible: string[]): string[] {
  if (!declared.length || !visible.length) return declared;
  const visibleKeys = visible.map(compact);
  const covered = declared.every((name) => visibleKeys.includes(compact(name)));
  return covered && visible.length >= declared.length ? visible : declared;
}
