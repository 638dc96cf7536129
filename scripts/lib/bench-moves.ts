import type { ProvenanceField } from '../../utils/extract/types';
import { pageKey, type Baseline, type BaselinePage } from './bench-baseline';
import type { BenchPage } from './bench-pages';
import { BENCH_HALVES, type BenchHalf } from './bench-split';
import { fieldMatches, META_FIELDS, type MetaField } from './scoring-metadata';

/**
 * "Which rules moved which half": this run against the stored baseline, page by page. A page *gains* a field
 * when the baseline's answer was wrong and this run's is right, and *loses* it the other way round; each move
 * is put down to the rule that produced this run's value (its provenance "source · reason"), so a rule that
 * helps the tune half but hurts the check half shows up as exactly that.
 */
export interface FieldMoves {
  gained: Map<string, number>;
  lost: Map<string, number>;
  /** Page keys of the moves (reported for the tune half only: the check half is judged, not looked at). */
  gainedPages: string[];
  lostPages: string[];
}

export interface SnippetMoves {
  /** Must-include snippets now found / no longer found. */
  found: number;
  missed: number;
  /** Must-exclude snippets no longer found (clutter removed) / now found (clutter let in). */
  clutterRemoved: number;
  clutterAdded: number;
  /** Pages whose shingle F1 rose / fell by more than 0.01. */
  shinglesUp: number;
  shinglesDown: number;
}

export interface HalfMoves {
  /** Pages present in both this run and the baseline. */
  compared: number;
  fields: Record<MetaField, FieldMoves>;
  snippets: SnippetMoves;
}

const PROVENANCE_OF: Record<MetaField, ProvenanceField | null> = {
  title: 'title',
  author: 'authors',
  published: 'published',
  lang: null,
  siteName: 'siteName',
};

/** The rule behind a value: its provenance, or a plain statement when there is none to cite. */
export function ruleOf(entry: BaselinePage, field: MetaField): string {
  const value = entry[field];
  const empty = value == null || (Array.isArray(value) ? value.length === 0 : String(value).trim() === '');
  if (empty) return 'none · no answer';
  const provenanceField = PROVENANCE_OF[field];
  if (!provenanceField) return 'language detection';
  const label = entry.prov[provenanceField];
  if (!label) return 'unknown · no provenance';
  return label.length > 90 ? `${label.slice(0, 89)}…` : label;
}

function emptyFieldMoves(): FieldMoves {
  return { gained: new Map(), lost: new Map(), gainedPages: [], lostPages: [] };
}

function emptyHalfMoves(): HalfMoves {
  const fields = Object.fromEntries(META_FIELDS.map((field) => [field, emptyFieldMoves()])) as Record<
    MetaField,
    FieldMoves
  >;
  return {
    compared: 0,
    fields,
    snippets: { found: 0, missed: 0, clutterRemoved: 0, clutterAdded: 0, shinglesUp: 0, shinglesDown: 0 },
  };
}

const bump = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Per snippet position: +1 for a hit that appeared, −1 for one that went (lists of unequal length: skipped). */
function bitMoves(before: string, after: string): { up: number; down: number } {
  if (before.length !== after.length) return { up: 0, down: 0 };
  let up = 0;
  let down = 0;
  for (let i = 0; i < after.length; i++) {
    if (before[i] === '0' && after[i] === '1') up++;
    if (before[i] === '1' && after[i] === '0') down++;
  }
  return { up, down };
}

export function compareWithBaseline(
  pages: readonly BenchPage[],
  current: ReadonlyMap<string, BaselinePage>,
  baseline: Baseline,
): Record<BenchHalf, HalfMoves> {
  const moves = Object.fromEntries(BENCH_HALVES.map((half) => [half, emptyHalfMoves()])) as Record<
    BenchHalf,
    HalfMoves
  >;
  for (const page of pages) {
    const key = pageKey(page);
    const before = baseline.pages.get(key);
    const after = current.get(key);
    if (!before || !after) continue;
    const half = moves[page.half];
    half.compared++;
    for (const field of META_FIELDS) {
      if (!(field in page.truth.fields)) continue;
      const expected = page.truth.fields[field];
      const wasRight = fieldMatches(field, expected, before[field]);
      const isRight = fieldMatches(field, expected, after[field]);
      if (wasRight === isRight) continue;
      const target = half.fields[field];
      bump(isRight ? target.gained : target.lost, ruleOf(after, field));
      (isRight ? target.gainedPages : target.lostPages).push(key);
    }
    const included = bitMoves(before.inc, after.inc);
    const excluded = bitMoves(before.exc, after.exc);
    half.snippets.found += included.up;
    half.snippets.missed += included.down;
    half.snippets.clutterAdded += excluded.up;
    half.snippets.clutterRemoved += excluded.down;
    if (before.shingleF1 !== undefined && after.shingleF1 !== undefined) {
      const delta = after.shingleF1 - before.shingleF1;
      if (delta > 0.01) half.snippets.shinglesUp++;
      if (delta < -0.01) half.snippets.shinglesDown++;
    }
  }
  return moves;
}
