import type { BulkSeedEntry } from '@/utils/db/bulk-seed';
import type { HighlightColour, ReadingStatus } from '@/utils/db/records';
import type { Article, AuthorName, Provenance } from '@/utils/extract/types';
import {
  ADJECTIVES,
  EVERYWHERE,
  FAMILY_NAMES,
  FILLERS,
  GIVEN_NAMES,
  MARKERS,
  NOUNS,
  PREPOSITIONS,
  SITE_STEMS,
  TAGS,
  VERBS,
} from './scale-words';

/**
 * The generated library of `npm run bench:scale`: article n depends only on (seed, n), so any batch can be built
 * on its own and every run stores the same library. Pure: also imported by the Node side, which needs the rules
 * (markers, sizes) but never builds the texts.
 */
export type Random = () => number;

/** mulberry32: small, fast and good enough to vary texts; seeded per article so batches are independent. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
/** Skewed towards the start of `items`: a few tags and sites are common, most are rare, as in real libraries. */
const pickSkewed = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() ** 2.2 * items.length)] as T;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

/** The marker word of article n, if it carries one (see MARKERS). */
export function markerOf(n: number): string | null {
  return MARKERS[n % 100] ?? null;
}

/** Clip dates spread over four years before this fixed day, so sorting by clip date is deterministic. */
const CLIPPED_UNTIL = Date.UTC(2026, 10, 30);
const FOUR_YEARS_MS = 4 * 365 * 24 * 3600 * 1000;
const COLOURS: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink', 'orange'];
export const READING_LIST_COUNT = 20;

function sentence(random: Random, extra: string | null = null): string {
  const words: string[] = [];
  const length = between(random, 7, 17);
  for (let i = 0; i < length; i += 1) {
    const roll = random();
    if (i === 1) words.push(pick(random, VERBS));
    else if (roll < 0.38) words.push(pick(random, NOUNS));
    else if (roll < 0.58) words.push(pick(random, ADJECTIVES));
    else if (roll < 0.8) words.push(pick(random, FILLERS));
    else if (roll < 0.92) words.push(pick(random, PREPOSITIONS));
    else words.push(String(between(random, 2, 2025)));
  }
  if (extra) words.splice(between(random, 2, words.length), 0, extra);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Paragraphs, and where each sentence sits in the joined text (for highlights that stay inside a paragraph). */
export interface GeneratedText {
  text: string;
  html: string;
  sentences: { start: number; end: number }[];
}

/** A body of `targetLength` characters or a little more; `extras` land in the first paragraph, in order. */
export function generateText(random: Random, targetLength: number, extras: readonly string[]): GeneratedText {
  const paragraphs: string[] = [];
  const sentences: { start: number; end: number }[] = [];
  let length = 0;
  const pending = [...extras];
  while (length < targetLength) {
    const parts: string[] = [];
    let offset = length + (paragraphs.length > 0 ? 2 : 0);
    const count = between(random, 3, 7);
    for (let s = 0; s < count; s += 1) {
      const text = sentence(random, pending.shift() ?? null);
      if (parts.length > 0) offset += 1;
      sentences.push({ start: offset, end: offset + text.length });
      offset += text.length;
      parts.push(text);
    }
    const paragraph = parts.join(' ');
    length += (paragraphs.length > 0 ? 2 : 0) + paragraph.length;
    paragraphs.push(paragraph);
  }
  const html = `<article>${paragraphs
    .map((p, i) =>
      i > 0 && i % 6 === 0 ? `<h2>${p.slice(0, p.indexOf(' ', 30))}</h2><p>${p}</p>` : `<p>${p}</p>`,
    )
    .join('')}</article>`;
  return { text: paragraphs.join('\n\n'), html, sentences };
}

function authorsOf(random: Random): AuthorName[] {
  const count = pick(random, [0, 1, 1, 1, 2, 2, 3]);
  return Array.from({ length: count }, () => ({
    family: pick(random, FAMILY_NAMES),
    given: pick(random, GIVEN_NAMES),
  }));
}

/** Full dates mostly, some only a month or a year, about one in ten without any. */
function publishedOf(random: Random): string | null {
  const roll = random();
  if (roll < 0.1) return null;
  const year = between(random, 2005, 2026);
  const month = String(between(random, 1, 12)).padStart(2, '0');
  if (roll < 0.15) return String(year);
  if (roll < 0.22) return `${year}-${month}`;
  return `${year}-${month}-${String(between(random, 1, 28)).padStart(2, '0')}`;
}

const PROVENANCE: Provenance = {
  title: { source: 'meta-tag', confidence: 'high', reason: 'generated for the benchmark' },
  authors: { source: 'json-ld', confidence: 'high', reason: 'generated for the benchmark' },
  published: { source: 'json-ld', confidence: 'high', reason: 'generated for the benchmark' },
  modified: { source: 'none', confidence: 'low', reason: 'generated for the benchmark' },
  siteName: { source: 'meta-tag', confidence: 'high', reason: 'generated for the benchmark' },
};

export function articleOf(
  random: Random,
  title: string,
  body: GeneratedText,
  url: string,
  siteName: string | null,
): Article {
  const authorNames = authorsOf(random);
  const authors = authorNames.map((name) =>
    'literal' in name ? name.literal : `${name.given} ${name.family}`,
  );
  const wordCount = body.text.split(/\s+/).length;
  return {
    title,
    author: authors.length ? authors.join(', ') : null,
    authors,
    authorNames,
    published: publishedOf(random),
    modified: null,
    lang: 'de',
    siteName,
    canonicalUrl: url,
    excerpt: body.text.slice(0, 160),
    leadImage: null,
    wordCount,
    readingTimeMinutes: Math.max(1, Math.round(wordCount / 200)),
    readerable: true,
    reason: 'article',
    provenance: PROVENANCE,
    text: body.text,
    html: body.html,
  };
}

function highlightsOf(random: Random, body: GeneratedText, count: number): BulkSeedEntry['highlights'] {
  const used = new Set<number>();
  return Array.from({ length: Math.min(count, body.sentences.length) }, (_, h) => {
    let index = Math.floor(random() * body.sentences.length);
    while (used.has(index)) index = (index + 1) % body.sentences.length;
    used.add(index);
    const { start, end } = body.sentences[index] ?? { start: 0, end: 1 };
    return {
      start,
      end,
      colour: COLOURS[h % COLOURS.length] ?? 'yellow',
      ...(random() < 0.4 ? { note: sentence(random) } : {}),
    };
  });
}

/** 0–5 highlights, one more for a fifth of the articles: 2.7 on average. */
const highlightCount = (random: Random) => between(random, 0, 5) + (random() < 0.2 ? 1 : 0);
const STATUSES: readonly ReadingStatus[] = ['unread', 'unread', 'unread', 'reading', 'read', 'read'];

/** Article n of the library seeded with `seed`; `listIds` are the library's reading lists. */
export function scaleEntry(seed: number, n: number, listIds: readonly string[]): BulkSeedEntry {
  const random = seededRandom((seed * 1_000_003 + n) >>> 0);
  const marker = markerOf(n);
  const titleWords = [
    pick(random, ADJECTIVES),
    pick(random, NOUNS),
    pick(random, PREPOSITIONS),
    pick(random, NOUNS),
  ];
  if (random() < 0.5) titleWords.push(pick(random, FILLERS), pick(random, NOUNS));
  if (marker) titleWords.splice(1, 0, marker);
  const title = `${titleWords.join(' ').replace(/^./, (c) => c.toUpperCase())} (${n})`;
  const body = generateText(random, between(random, 5_000, 20_000), [
    EVERYWHERE,
    ...(marker ? [marker] : []),
  ]);
  const site = random() < 0.06 ? null : `${pickSkewed(random, SITE_STEMS)}-${between(random, 1, 6)}`;
  const url = `https://${site ?? 'ohne-name'}.example/beitrag/${n}`;
  const tagCount = pick(random, [0, 1, 1, 2, 2, 3, 4]);
  const lists = random() < 0.3 ? [pick(random, listIds)] : [];
  if (random() < 0.05) lists.push(pick(random, listIds));
  return {
    article: articleOf(random, title, body, url, site && `${site.replace('-', ' ')} Magazin`),
    pageUrl: url,
    clippedAt: CLIPPED_UNTIL - Math.floor(random() * FOUR_YEARS_MS),
    tags: Array.from({ length: tagCount }, () => pickSkewed(random, TAGS)),
    status: pick(random, STATUSES),
    ...(random() < 0.2 ? { pageNote: sentence(random) } : {}),
    highlights: highlightsOf(random, body, highlightCount(random)),
    listIds: [...new Set(lists)],
  };
}

/** One long article (about 60 KB) with `highlights` highlights, for the reader measurement. */
export function readerEntry(seed: number, highlights: number, key: string): BulkSeedEntry {
  const random = seededRandom(seed ^ 0x5eed);
  const body = generateText(random, 60_000, []);
  const url = `https://reader.example/${key}`;
  return {
    article: articleOf(random, `Lesetest mit ${highlights} Markierungen`, body, url, 'Lesetest'),
    pageUrl: url,
    clippedAt: CLIPPED_UNTIL - FOUR_YEARS_MS - 1000,
    highlights: highlightsOf(random, body, highlights),
  };
}
