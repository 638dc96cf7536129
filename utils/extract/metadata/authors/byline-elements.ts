/**
 * Authors named in byline markup (rel/itemprop/class). Works on the uncleaned document, since clutter removal drops
 * the byline line. Only the article's own byline counts: comments, teasers and sidebars are skipped, and a page
 * whose bylines sit in several separate articles is a listing (no author).
 */
import { dedupe, namesFromByline } from './byline-text';
import { articleContainer, inBioBox, inNonArticleZone, spacedText, type PageFrame } from './page-zones';

/** Markup made for bylines: rel/itemprop, and class names that end in byline/author ("article__byline"). */
const SPECIFIC_CLASS =
  /(?:^|[\s_-])(?:byline|authors?|autor(?:en|in)?|fn|author[-_]{0,2}name|autor[-_]?name)(?:$|\s)/i;
const VCARD = '.vcard, .h-card, .author, [class*="byline"], [itemprop="author"], [rel="author"]';
/** Looser hints, consulted only when no specific markup names anybody. */
const LOOSE_MARKER = /byline|author|autor|verfasser|posted-?by|submitted|writer|creator/i;

export interface VisibleAuthors {
  names: string[];
  /** Bylines of several different articles: a listing or overview page. */
  listing: boolean;
  /** The names came from schema.org microdata (`itemprop="author"`), not from class names. */
  microdata: boolean;
}

interface Candidates {
  specific: Element[];
  loose: Element[];
}

/** One walk over the elements; the tiers are filled in document order. */
function candidates(doc: Document): Candidates {
  const found: Candidates = { specific: [], loose: [] };
  const root = doc.body ?? doc.documentElement;
  if (!root) return found;
  // 1 = NodeFilter.SHOW_ELEMENT (no globals: the clone may have no window).
  const walker = doc.createTreeWalker(root, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    const itemprop = el.getAttribute('itemprop') ?? '';
    const rel = el.getAttribute('rel') ?? '';
    const cls = el.getAttribute('class') ?? '';
    // A heading is the title; microformats call a recipe's or product's name "fn" too.
    if (/^H1$/i.test(el.tagName) || (/(?:^|\s)fn(?:$|\s)/.test(cls) && !el.closest(VCARD))) continue;
    if (
      /(?:^|\s)author(?:$|\s)/i.test(itemprop) ||
      /(?:^|\s)author(?:$|\s)/i.test(rel) ||
      SPECIFIC_CLASS.test(cls)
    ) {
      found.specific.push(el);
    } else if (
      LOOSE_MARKER.test(cls) ||
      LOOSE_MARKER.test(el.getAttribute('id') ?? '') ||
      el.tagName.toUpperCase() === 'ADDRESS'
    ) {
      found.loose.push(el);
    }
  }
  return found;
}

/** Names from byline markup, judged against where the page's headline and article sit. */
export function bylineMarkupAuthors(
  doc: Document,
  frame: PageFrame,
): VisibleAuthors & { bio: () => string[] } {
  const { specific, loose } = candidates(doc);
  const bio = () => bioBoxAuthors([...specific, ...loose], frame);
  for (const tier of [specific, loose]) {
    const found = collect(tier, frame);
    if (found.names.length || found.listing) return { ...found, bio: found.listing ? () => [] : bio };
  }
  return { names: [], listing: false, microdata: false, bio };
}

/** Last resort: the name heading of an author-bio box ("Über die Autorin" boxes name the author once, up top). */
function bioBoxAuthors(elements: Element[], { headline, scope }: PageFrame): string[] {
  for (const el of elements) {
    if (
      !inBioBox(el) ||
      inNonArticleZone(el, headline) ||
      (scope && !scope.contains(el) && articleContainer(el))
    )
      continue;
    const heading = el.querySelector('h2, h3, h4, h5, [itemprop="name"]');
    const names = heading ? namesFromByline(spacedText(heading)) : [];
    if (names.length === 1) return names;
  }
  return [];
}

interface Hit {
  el: Element;
  names: string[];
  container: Element | null;
}

function collect(elements: Element[], { headline, scope }: PageFrame): VisibleAuthors {
  const hits: Hit[] = [];
  for (const el of elements) {
    if (hits.length > 20) break;
    if (inNonArticleZone(el, headline) || inBioBox(el)) continue;
    const names = namesOf(el);
    if (names.length) hits.push({ el, names, container: articleContainer(el) });
  }
  // Inside the headline's article; without one, outside any article (teasers sit in their own <article>).
  const primary = scope
    ? hits.filter((h) => scope.contains(h.el) || (h.container !== null && h.container.contains(scope)))
    : hits.filter((h) => h.container === null);
  if (primary.length)
    return { names: sameLine(primary), listing: false, microdata: isMicrodata(primary[0]!.el) };
  const containers = new Set(hits.map((h) => h.container));
  const distinctNames = new Set(hits.flatMap((h) => h.names.map((n) => n.toLowerCase())));
  if (containers.size >= 2 && distinctNames.size >= 2) return { names: [], listing: true, microdata: false };
  return { names: sameLine(hits), listing: false, microdata: hits[0] ? isMicrodata(hits[0].el) : false };
}

function isMicrodata(el: Element): boolean {
  return /(?:^|\s)author(?:$|\s)/i.test(el.getAttribute('itemprop') ?? '');
}

const INLINE = /^(?:A|SPAN|STRONG|B|EM|I|SMALL|ABBR|FONT|U|CITE|ADDRESS)$/i;

/** The first byline and any co-author marked up separately on the same line ("Von <a>A</a> und <a>B</a>"). */
function sameLine(hits: Hit[]): string[] {
  const first = hits[0];
  if (!first) return [];
  let line: Element = first.el;
  while (INLINE.test(line.tagName) && line.parentElement) line = line.parentElement;
  const names: string[] = [];
  for (const hit of hits) {
    if (hit !== first && !line.contains(hit.el)) continue;
    names.push(...hit.names);
  }
  // Names from `namesFromByline` are already whitespace-collapsed, so `sameName` is a case-insensitive match.
  return dedupe(names);
}

function namesOf(el: Element): string[] {
  const named = el.querySelector('[itemprop="name"]');
  const content = el.getAttribute('content');
  const text = named ? (named.getAttribute('content') ?? spacedText(named)) : content || spacedText(el, 300);
  if (text.length > 250) return [];
  const names = namesFromByline(text);
  // Avatars often carry the author's name only in their alt text.
  if (!names.length && el.tagName.toUpperCase() === 'IMG')
    return namesFromByline(el.getAttribute('alt') ?? '');
  return names;
}
