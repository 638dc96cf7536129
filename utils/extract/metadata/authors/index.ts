/**
 * The article's authors, structured for citations, and where they came from. Sources, most trusted first:
 * JSON-LD, visible byline markup (microdata, classes), meta tags (often the site-wide default, so below the
 * visible byline), "Von: …" lines, a date line ending in a name, Readability's byline, the author-bio box, a
 * signature closing the text. A person named anywhere beats an organisation (a publisher written into JSON-LD as
 * author, a desk like "Redaktion Politik"); an organisation is only returned when no person is named at all, a
 * press release's issuer when not even an organisation is, and an agency dateline ("Hamburg (dpa) –") last. Runs
 * on the uncleaned document: clutter removal deletes byline lines and bio boxes.
 */
import type { AuthorName, FieldProvenance } from '../../types';
import { parseAuthorName } from '../../names/parse-author-name';
import { ldText, type LdNode } from '../json-ld';
import { compact } from '../title/site-suffix';
import { NO_AUTHOR, organisationProvenance, peopleProvenance, type SourcedNames } from './author-provenance';
import { datelineAgency, signatureAuthors } from './body-credits';
import { datedBylineAuthors } from './dated-byline';
import { bylineMarkupAuthors } from './byline-elements';
import { bylineLineAuthors } from './byline-lines';
import { dedupe, namesFromByline } from './byline-text';
import { jsonLdAuthors, metaAuthors } from './declared-authors';
import { completeFirstNames } from './full-name';
import { looksLikeOrganisation } from './name-shape';
import { findFrame } from './page-zones';
import { isPressRelease, pressReleaseIssuer } from './press-release';
import { siteOwner } from './site-owner';

export interface AuthorContext {
  /** The site's name, so that a publisher posing as author can be recognised. */
  siteName?: string | null;
  /** Every JSON-LD node of the page, to resolve `@id` references and find authors of other article nodes. */
  ld?: readonly LdNode[];
}

export interface FoundAuthors {
  names: AuthorName[];
  provenance: FieldProvenance;
}

export function findAuthors(
  doc: Document,
  main: LdNode | undefined,
  readabilityByline: string | null,
  context: AuthorContext = {},
): FoundAuthors {
  const siteNames = [context.siteName ?? '', ldText(main?.['publisher']) ?? ''].filter(Boolean);
  const isPerson = (name: string) => !looksLikeOrganisation(name, siteNames);
  const declared = jsonLdAuthors(main, context.ld ?? []);
  const frame = findFrame(doc, (text) => looksLikeOrganisation(text, siteNames) && text.length < 60);
  let markupFound: ReturnType<typeof bylineMarkupAuthors> | undefined;
  const markup = () => (markupFound ??= bylineMarkupAuthors(doc, frame));
  const declaredPeople = declared.filter((a) => !a.organisation).map((a) => a.name);
  const visible = (): SourcedNames => ({
    names: markup().names,
    source: markup().microdata ? 'microdata' : 'byline',
    what: markup().microdata ? 'the microdata author' : 'the visible byline',
  });
  // Lazily evaluated: most pages are settled by the first sources, and the text walk is the costly one.
  const sources: (() => SourcedNames)[] = [
    () => {
      const chosen = declaredPeople.length ? preferVisible(declaredPeople, markup().names) : [];
      const declaredKeys = declaredPeople.map(compact);
      // The byline's spelling of the same people is still the JSON-LD's claim; added co-authors are the byline's.
      return chosen.length === declaredPeople.length &&
        chosen.some((name) => declaredKeys.includes(compact(name)))
        ? { names: chosen, source: 'json-ld', what: 'the JSON-LD author' }
        : { ...visible(), names: chosen };
    },
    visible,
    () => ({ names: metaAuthors(doc), source: 'meta-tag', what: 'the author meta tag' }),
    // A listing's bylines belong to its teasers, whatever form they take.
    () => ({
      names: markup().listing ? [] : bylineLineAuthors(doc, frame),
      source: 'byline',
      what: 'the byline line',
    }),
    () => ({
      names: markup().listing ? [] : datedBylineAuthors(doc, frame),
      // Shaped like a name is all we know here ("Soziale Arbeit" would pass too): a weak source.
      source: 'page-text',
      what: 'the date line',
    }),
    () => ({
      names: readabilityByline && !markup().listing ? namesFromByline(readabilityByline) : [],
      source: 'byline',
      what: 'the byline',
    }),
    () => ({ names: markup().bio(), source: 'page-text', what: 'the author box' }),
    () => ({
      names: markup().listing ? [] : signatureAuthors(doc, frame),
      source: 'page-text',
      what: 'the signature under the text',
    }),
  ];
  const seen: SourcedNames[] = [];
  let organisations: SourcedNames | null = declared.length
    ? { names: declared.map((a) => a.name), source: 'json-ld', what: 'the JSON-LD author' }
    : null;
  for (const source of sources) {
    const found = source();
    seen.push(found);
    const organisationNamed = found.names.some((name) => !isPerson(name));
    // "hessenschau.de, Frankfurt, Germany": next to an organisation, single words are its address, not people.
    const people = found.names.filter(
      (name) => isPerson(name) && !(organisationNamed && !name.includes(' ')),
    );
    if (people.length) {
      const winner = { ...found, names: dedupe(people) };
      // Only people count as agreeing or disagreeing: the byline of a desk says nothing against a declared writer.
      const corroborating = [...seen, ...cheapSources(declaredPeople, visible(), doc)].map((other) => ({
        ...other,
        names: other.names.filter(isPerson),
      }));
      const pool = () => [...declaredPeople, ...markup().names, ...metaAuthors(doc), ...markup().bio()];
      return {
        names: toNames(completeFirstNames(winner.names, pool), 'person'),
        provenance: peopleProvenance(winner, corroborating),
      };
    }
    if (!organisations && found.names.length)
      organisations = {
        ...found,
        names: organisationNamed ? found.names.filter((n) => !isPerson(n)) : found.names,
      };
  }
  if (markup().listing && !declared.length) return { names: [], provenance: NO_AUTHOR };
  if (organisations) return organisationsFound(organisations);
  const issuer = isPressRelease(doc) ? pressReleaseIssuer(main, context.siteName) : null;
  if (issuer)
    return {
      names: toNames([issuer], 'organisation'),
      provenance: {
        source: 'page-text',
        confidence: 'low',
        reason: 'a press release that no person signs: its issuer is the author',
      },
    };
  // An agency's dateline ("Hamburg (dpa) –") is the last resort: the page may credit its own desk instead.
  const agency = datelineAgency(doc, frame);
  if (agency.length) return organisationsFound({ names: agency, source: 'page-text', what: 'the dateline' });
  const owner = markup().listing ? null : siteOwner(doc, context.siteName);
  if (owner)
    return {
      names: toNames([owner.name], owner.kind),
      provenance: {
        source: 'host',
        confidence: 'low',
        reason: 'no author is named; the site, whose domain spells its name, stands as author',
      },
    };
  return { names: [], provenance: NO_AUTHOR };
}

function organisationsFound(found: SourcedNames): FoundAuthors {
  const names = toNames(dedupe(found.names), 'organisation');
  return names.length
    ? { names, provenance: organisationProvenance(found) }
    : { names, provenance: NO_AUTHOR };
}

/** The declared and visible sources, for judging agreement even when an earlier source already settled it. */
function cheapSources(declaredPeople: string[], visible: SourcedNames, doc: Document): SourcedNames[] {
  return [
    { names: declaredPeople, source: 'json-ld', what: 'the JSON-LD author' },
    visible,
    { names: metaAuthors(doc), source: 'meta-tag', what: 'the author meta tag' },
  ];
}

function toNames(names: readonly string[], kind: 'person' | 'organisation'): AuthorName[] {
  return names.map((name) => parseAuthorName(name, kind)).filter((name): name is AuthorName => name !== null);
}

/**
 * JSON-LD is trusted over the visible byline, except where the byline says the same thing better: it names the
 * declared author plus co-authors, or spells out a declared user name ("arianschlichenmayer", "gabor_munier").
 */
function preferVisible(declared: string[], visible: string[]): string[] {
  if (!declared.length || !visible.length) return declared;
  const visibleKeys = visible.map(compact);
  const covered = declared.every((name) => visibleKeys.includes(compact(name)));
  if (covered && visible.length >= declared.length) return visible;
  // A CMS login ("sarah-indra", "redaktion_web") declared as author says who posted, the printed name who wrote.
  const onlyLogins = declared.every((name) => LOGIN.test(name.trim()));
  const fullNames = visible.filter((name) => /\s/.test(name.trim()));
  return onlyLogins && fullNames.length ? fullNames : declared;
}

/** A lower-case account name joined by hyphens, underscores or dots: no way to spell a name in a byline. */
const LOGIN = /^\p{Ll}[\p{Ll}\d]*(?:[-_.][\p{Ll}\d]+)+$/u;
