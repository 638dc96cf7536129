import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { foldGerman } from './german-folding';
import { SEARCH_FIELDS, type SearchDocument } from './search-documents';
import { STOP_WORDS } from './stop-words';

/**
 * Bump when anything below changes what ends up in a serialised index (fields, folding, stop words): a stored
 * index of another format is discarded and rebuilt instead of being searched with rules it was not built with.
 */
export const SEARCH_INDEX_FORMAT = 1;

export type SearchEngine = MiniSearch<SearchDocument>;

function processTerm(term: string): string | null {
  const folded = foldGerman(term);
  return folded === '' || STOP_WORDS.has(folded) ? null : folded;
}

/** A hit in title or authors says more than one somewhere in a long text; notes are the reader's own words. */
const BOOST: Partial<Record<(typeof SEARCH_FIELDS)[number], number>> = {
  title: 4,
  authors: 3,
  tags: 2.5,
  pageNote: 2,
  highlightNotes: 2,
  text: 1,
};

const SEARCH_OPTIONS: SearchOptions = {
  boost: BOOST,
  // Every word must occur (narrowing, as people expect from a library search); each may be the start of a word,
  // once it is long enough to say something, and long words tolerate a typo or a missing umlaut ("Fachkrafte").
  combineWith: 'AND',
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
  // A fuzzy or prefix match ranks below the exact word.
  weights: { fuzzy: 0.3, prefix: 0.6 },
};

const OPTIONS: Options<SearchDocument> = {
  idField: 'id',
  fields: [...SEARCH_FIELDS],
  storeFields: [],
  processTerm,
  searchOptions: SEARCH_OPTIONS,
  // Discarded documents are cleaned up in the background, in batches, so edits never stall typing.
  autoVacuum: { minDirtCount: 20, minDirtFactor: 0.1, batchSize: 200, batchWait: 10 },
};

export function createSearchEngine(): SearchEngine {
  return new MiniSearch(OPTIONS);
}

export function loadSearchEngine(serialised: string): Promise<SearchEngine> {
  return MiniSearch.loadJSONAsync(serialised, OPTIONS);
}

export interface RankedHit {
  id: string;
  score: number;
}

/** Ranked article ids for what a person typed; an empty or stop-word-only query finds nothing. */
export function searchEngine(engine: SearchEngine, query: string): RankedHit[] {
  if (query.trim() === '') return [];
  return engine.search(query).map((result) => ({ id: String(result.id), score: result.score }));
}

/** Adds or replaces one article's document. */
export function upsertDocument(engine: SearchEngine, document: SearchDocument): void {
  if (engine.has(document.id)) engine.replace(document);
  else engine.add(document);
}

export function removeDocument(engine: SearchEngine, id: string): void {
  if (engine.has(id)) engine.discard(id);
}
