import { percentile } from '../scoring-speed';

/** p50 and p95 of `n` timings (ms), or of sizes. */
export interface Spread {
  p50: number;
  p95: number;
  n: number;
}

export function spread(values: readonly number[]): Spread {
  return { p50: percentile(values, 50), p95: percentile(values, 95), n: values.length };
}

export interface IndexBuild {
  finished: boolean;
  /** Navigation start → a search for a word in every article finds all of them. */
  ms: number;
  found: number | null;
  longestTaskMs: number;
  tasksOver50: number;
  longTaskTotalMs: number;
  heapPeakBytes: number;
}

export interface ImportFigures {
  /** File chosen → preview shown, and confirm → result shown. */
  previewMs: number;
  importMs: number;
  fileBytes: number;
  heapBaseBytes: number;
  heapPeakBytes: number;
  articlesAfter: number;
}

/** Everything measured for one library size, in one browser, with its own references. */
export interface SizeResult {
  size: number;
  articles: number;
  annotations: number;
  date: string;
  loadStart: number;
  loadEnd: number;
  machine: string;
  seedMs: number;
  reference: {
    emptyFirstRow?: Spread;
    emptyClip?: Spread;
    emptyClipIndexUpdate?: Spread;
    bareClip?: Spread;
  };
  panelFirstRow?: Spread;
  panelFirstPaint?: Spread;
  searchReady?: Spread;
  panelHeapBytes?: number;
  /** Dedicated workers the panel page runs: their heaps are not in `panelHeapBytes`. */
  panelWorkers?: number;
  /** Their JS heaps together, after a GC in each. */
  workerHeapBytes?: number;
  query?: Spread;
  indexBuild?: IndexBuild;
  uiSortByDate?: Spread;
  uiTagFilter?: Spread;
  /** Milliseconds of each "show more" step, in order; empty when the tree has no such button. */
  showMoreSteps?: number[];
  data?: Record<'page' | 'sortedByDate' | 'tagFilter' | 'facets' | 'plainFirst50' | 'plainTag50', Spread>;
  clip?: Spread;
  clipIndexUpdate?: Spread;
  clipOutcomes?: string[];
  importPanel?: ImportFigures;
  readerMarked?: Spread;
  readerPlain?: Spread;
  index?: { size: number; rows: number; stores: string[]; usageBytes: number };
  /** Steps measured again later with `--only` (in a fresh browser, references included), with when and the load. */
  remeasured?: string[];
  /** Steps that failed, with why: the report shows them instead of a figure. */
  errors: string[];
}

export interface BundleSizes {
  sidePanelGzip: number;
  sidePanelFiles: string[];
  clipGzip: number;
  clipFiles: string[];
}
