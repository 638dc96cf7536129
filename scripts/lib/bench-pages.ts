import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA_DIR, listFixtures } from '../../tests/support/shared-data';
import { benchHalf, type BenchHalf } from './bench-split';
import type { FieldValue, MetaField } from './scoring-metadata';

/** The corpora in `../shared/corpora` and what each one annotates. */
export const CORPORA = ['trafilatura-eval', 'htmldate-eval', 'scrapinghub-aeb'] as const;
export const FIXTURES = 'fixtures';
export type CorpusName = (typeof CORPORA)[number] | typeof FIXTURES;
export const ALL_CORPORA: readonly CorpusName[] = [FIXTURES, ...CORPORA];

export type LangGroup = 'de' | 'en' | 'other';
export const LANG_GROUPS: readonly LangGroup[] = ['de', 'en', 'other'];

/** Ground truth of one page. A field left out is not annotated; `null` (fixtures only) means "the page has none". */
export interface PageTruth {
  fields: Partial<Record<MetaField, FieldValue>>;
  mustInclude: readonly string[];
  mustExclude: readonly string[];
  /** Full article body (scrapinghub). */
  text?: string;
  /** Fixtures: whether the page is an article (listing pages are not). */
  readerable?: boolean;
}

export interface BenchPage {
  corpus: CorpusName;
  id: string;
  file: string;
  url: string;
  lang: LangGroup;
  /** The generalisation half of the page's site (scripts/lib/bench-split.ts). */
  half: BenchHalf;
  /** Same bytes and URL ⇒ same extraction: pages shared by two corpora are extracted once. */
  extractionKey: string;
  /** Other corpus records of the same page ("htmldate-eval/<id>"). */
  samePageAs: readonly string[];
  truth: PageTruth;
}

interface CorpusExpectation {
  url: string | null;
  lang?: string | null;
  title?: string | null;
  author?: string | string[] | null;
  published?: string | null;
  text?: string | null;
  must_include?: string[];
  must_not_include?: string[];
  sha1?: string;
  same_page_as?: string[];
}

export function langGroup(lang: string | null | undefined): LangGroup {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'en' ? primary : 'other';
}

function annotated(entries: [MetaField, FieldValue][]): Partial<Record<MetaField, FieldValue>> {
  return Object.fromEntries(entries.filter(([, value]) => value !== null && value !== undefined));
}

function fixturePages(): BenchPage[] {
  return listFixtures().map(({ name, file, expected }) => ({
    corpus: FIXTURES,
    id: name,
    file,
    url: expected.url,
    lang: langGroup(expected.lang),
    half: benchHalf(expected.url, name),
    extractionKey: file,
    samePageAs: [],
    truth: {
      fields: {
        title: expected.title,
        author: expected.author,
        published: expected.published,
        lang: expected.lang,
        siteName: expected.siteName,
      },
      mustInclude: expected.mustInclude,
      mustExclude: expected.mustExclude,
      readerable: expected.readerable ?? true,
    },
  }));
}

function corpusPages(corpus: (typeof CORPORA)[number]): BenchPage[] {
  const dir = join(CORPORA_DIR, corpus);
  if (!existsSync(dir)) throw new Error(`Test data missing: ${dir} (clone ../shared beside the project)`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== '_corpus')
    .map((entry) => entry.name)
    .sort()
    .map((id) => {
      const folder = join(dir, id);
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as CorpusExpectation;
      return {
        corpus,
        id,
        file: join(folder, 'source.html'),
        // A few pages were captured without their address; a placeholder keeps them loadable in Chromium too.
        url: expected.url ?? `https://address-unknown.invalid/${corpus}/${id}`,
        lang: langGroup(expected.lang),
        // A page without an address is its own site, so those pages spread over both halves.
        half: benchHalf(expected.url, `${corpus}/${id}`),
        extractionKey: `${expected.sha1 ?? join(folder, 'source.html')}|${expected.url}`,
        samePageAs: expected.same_page_as ?? [],
        truth: {
          fields: annotated([
            ['title', expected.title],
            ['author', expected.author],
            ['published', expected.published],
            ['lang', expected.lang],
          ]),
          mustInclude: expected.must_include ?? [],
          mustExclude: expected.must_not_include ?? [],
          ...(typeof expected.text === 'string' ? { text: expected.text } : {}),
        },
      };
    });
}

export interface PageSelection {
  corpora?: readonly CorpusName[];
  /** Only the first N pages of each corpus (by folder name), for quick runs. */
  limit?: number;
  /** Only pages whose language group is listed. */
  langs?: readonly LangGroup[];
  /** Only pages of this generalisation half. */
  half?: BenchHalf;
}

export function listBenchPages(selection: PageSelection = {}): BenchPage[] {
  const corpora = selection.corpora ?? ALL_CORPORA;
  return corpora.flatMap((corpus) => {
    let pages = corpus === FIXTURES ? fixturePages() : corpusPages(corpus);
    if (selection.langs) pages = pages.filter((page) => selection.langs!.includes(page.lang));
    if (selection.half) pages = pages.filter((page) => page.half === selection.half);
    return selection.limit === undefined ? pages : pages.slice(0, selection.limit);
  });
}
