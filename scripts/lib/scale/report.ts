import type { BundleSizes, SizeResult, Spread } from './results';

/** Milliseconds as people read them: 4.2 ms, 380 ms, 2.51 s. */
export function ms(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (value < 10) return `${value.toFixed(1)} ms`;
  if (value < 1000) return `${value.toFixed(0)} ms`;
  return `${(value / 1000).toFixed(2)} s`;
}

const mib = (bytes: number | undefined) =>
  bytes === undefined || !Number.isFinite(bytes) ? '–' : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const sizeLabel = (size: number) => (size >= 1000 ? `${size / 1000}k` : String(size));
const pp = (s: Spread | undefined) => (s && s.n > 0 ? `${ms(s.p50)} / ${ms(s.p95)}` : '–');

/** One table row: the step, a cell per size, the reference of the same runs, the goal and whether it is met. */
interface Row {
  step: string;
  cell: (r: SizeResult) => string;
  reference: (r: SizeResult) => string;
  goal: string;
  /** Verdict on the largest size: true met, false missed, null not judged. */
  meets: (r: SizeResult) => boolean | null;
  /** p50 for the growth column, if this row is a timing. */
  growth?: (r: SizeResult) => number | undefined;
}

const within = (value: number | undefined, goal: number) =>
  value === undefined || !Number.isFinite(value) ? null : value <= goal;

function indexBuildCell(r: SizeResult): string {
  const b = r.indexBuild;
  if (!b) return '–';
  const head = b.finished ? ms(b.ms) : `not done after ${ms(b.ms)} (${b.found ?? 0} found)`;
  return `${head}; longest task ${ms(b.longestTaskMs)}, ${b.tasksOver50} tasks > 50 ms (${ms(b.longTaskTotalMs)}); heap peak ${mib(b.heapPeakBytes)}`;
}

function importCell(r: SizeResult): string {
  const i = r.importPanel;
  if (!i) return '–';
  const growth = i.heapPeakBytes - i.heapBaseBytes;
  return `${ms(i.previewMs + i.importMs)} (preview ${ms(i.previewMs)} + import ${ms(i.importMs)}); heap +${mib(growth)} = ${(growth / i.fileBytes).toFixed(2)}× the ${mib(i.fileBytes)} file`;
}

function showMoreCell(r: SizeResult): string {
  const steps = r.showMoreSteps;
  if (!steps) return '–';
  if (steps.length === 0) return 'no "show more" button';
  return `step 1 ${ms(steps[0])}, step ${steps.length} ${ms(steps.at(-1))} (max ${ms(Math.max(...steps))})`;
}

const ROWS: Row[] = [
  {
    step: 'panel opened → first list row drawn, p50 / p95 (first paint p50)',
    cell: (r) => `${pp(r.panelFirstRow)} (${ms(r.panelFirstPaint?.p50)})`,
    reference: (r) => `empty library: ${pp(r.reference.emptyFirstRow)}`,
    goal: '≤ 250 ms p95',
    meets: (r) => within(r.panelFirstRow?.p95, 250),
    growth: (r) => r.panelFirstRow?.p50,
  },
  {
    step: 'search ready after opening the panel (query asked at once → its hits shown), p50 / p95',
    cell: (r) => pp(r.searchReady),
    reference: (r) => `first row drawn: ${ms(r.panelFirstRow?.p50)}`,
    goal: '≤ 1 s',
    meets: (r) => within(r.searchReady?.p95, 1000),
    growth: (r) => r.searchReady?.p50,
  },
  {
    step: 'stored search index',
    cell: (r) =>
      r.index
        ? `${(r.index.size / 1e6).toFixed(1)} M chars/bytes in ${r.index.rows} rows (${r.index.stores.join(', ') || 'no store'})`
        : '–',
    reference: (r) => (r.index ? `whole origin on disk: ${mib(r.index.usageBytes)}` : '–'),
    goal: '≤ 30 MB',
    meets: (r) => within(r.index?.size, 30e6),
  },
  {
    step: 'panel JS heap after the search is ready (after GC): page + its workers',
    cell: (r) =>
      r.panelWorkers
        ? `${mib(r.panelHeapBytes! + (r.workerHeapBytes ?? 0))} (page ${mib(r.panelHeapBytes)} + ${r.panelWorkers} worker(s) ${mib(r.workerHeapBytes)})`
        : mib(r.panelHeapBytes),
    reference: () => '',
    goal: '≤ 100 MB',
    meets: (r) => within((r.panelHeapBytes ?? Number.NaN) + (r.workerHeapBytes ?? 0), 100e6),
  },
  {
    step: 'search, one word: typed → hits shown, p50 / p95',
    cell: (r) => pp(r.query),
    reference: (r) => `plain indexed query (50 rows): ${pp(r.data?.plainFirst50)}`,
    goal: '≤ 30 ms p95',
    meets: (r) => within(r.query?.p95, 30),
    growth: (r) => r.query?.p50,
  },
  {
    step: 'first open after a bulk import: index build (until a search finds every article)',
    cell: indexBuildCell,
    reference: () => '',
    goal: 'no task over 50 ms; ≤ 60 s',
    meets: (r) =>
      r.indexBuild
        ? r.indexBuild.finished && r.indexBuild.ms <= 60_000 && r.indexBuild.tasksOver50 === 0
        : null,
    growth: (r) => r.indexBuild?.ms,
  },
  {
    step: 'page of 50 rows (`loadLibraryPage`), p50 / p95',
    cell: (r) => pp(r.data?.page),
    reference: (r) => `plain indexed query: ${pp(r.data?.plainFirst50)}`,
    goal: '≤ 5 ms p95',
    meets: (r) => within(r.data?.page.p95, 5),
    growth: (r) => r.data?.page.p50,
  },
  {
    step: 'sorted by date (`loadLibraryPage`), p50 / p95',
    cell: (r) => pp(r.data?.sortedByDate),
    reference: (r) => `plain indexed query: ${pp(r.data?.plainFirst50)}`,
    goal: '≤ 5 ms p95',
    meets: (r) => within(r.data?.sortedByDate.p95, 5),
    growth: (r) => r.data?.sortedByDate.p50,
  },
  {
    step: 'facets (`loadLibraryFacets`), p50 / p95',
    cell: (r) => pp(r.data?.facets),
    reference: (r) => `plain indexed query: ${pp(r.data?.plainFirst50)}`,
    goal: '≤ 5 ms p95',
    meets: (r) => within(r.data?.facets.p95, 5),
    growth: (r) => r.data?.facets.p50,
  },
  {
    step: 'tag filter (`loadLibraryPage`), p50 / p95',
    cell: (r) => pp(r.data?.tagFilter),
    reference: (r) => `plain indexed tag query: ${pp(r.data?.plainTag50)}`,
    goal: '≤ 5 ms p95',
    meets: (r) => within(r.data?.tagFilter.p95, 5),
    growth: (r) => r.data?.tagFilter.p50,
  },
  {
    step: 'in the panel: sort chosen → list redrawn, p50 / p95',
    cell: (r) => pp(r.uiSortByDate),
    reference: (r) => `repository read: ${pp(r.data?.sortedByDate)}`,
    goal: '(≤ 5 ms p95 for the read)',
    meets: () => null,
    growth: (r) => r.uiSortByDate?.p50,
  },
  {
    step: 'in the panel: tag chosen → list redrawn, p50 / p95',
    cell: (r) => pp(r.uiTagFilter),
    reference: (r) => `repository read: ${pp(r.data?.tagFilter)}`,
    goal: '(≤ 5 ms p95 for the read)',
    meets: () => null,
    growth: (r) => r.uiTagFilter?.p50,
  },
  {
    step: "one clip's search-index update: stored → findable in the open panel, p50 / p95",
    cell: (r) => pp(r.clipIndexUpdate),
    reference: (r) => `empty library: ${pp(r.reference.emptyClipIndexUpdate)}`,
    goal: '≤ 50 ms, no whole-index write',
    meets: (r) => within(r.clipIndexUpdate?.p95, 50),
    growth: (r) => r.clipIndexUpdate?.p50,
  },
  {
    step: 'clip trigger → stored (fixtures), panel open, p50 / p95',
    cell: (r) => pp(r.clip),
    reference: (r) =>
      `empty library: ${pp(r.reference.emptyClip)}; bare script + save: ${pp(r.reference.bareClip)}`,
    goal: 'p50 ≤ 25 ms, p95 ≤ 75 ms',
    meets: (r) => (r.clip && r.clip.n > 0 ? r.clip.p50 <= 25 && r.clip.p95 <= 75 : null),
    growth: (r) => r.clip?.p50,
  },
  {
    step: '"show more" in the list, per step',
    cell: showMoreCell,
    reference: () => '',
    goal: 'constant per step',
    meets: (r) => {
      // Constant means the later steps cost what the first ones did: medians of the last and first three.
      const steps = r.showMoreSteps ?? [];
      if (steps.length < 6) return null;
      const median = (part: number[]) => [...part].sort((a, b) => a - b)[1]!;
      return median(steps.slice(-3)) <= 1.5 * median(steps.slice(0, 3));
    },
  },
  {
    step: 'import of the library through the panel (JSON backup)',
    cell: importCell,
    reference: () => '',
    goal: '≤ 30 s, ≤ 2× the file',
    meets: (r) => {
      const i = r.importPanel;
      return i
        ? i.previewMs + i.importMs <= 30_000 && i.heapPeakBytes - i.heapBaseBytes <= 2 * i.fileBytes
        : null;
    },
    growth: (r) => (r.importPanel ? r.importPanel.previewMs + r.importPanel.importMs : undefined),
  },
  {
    step: 'reader opening an article with 200 highlights, p50 / p95',
    cell: (r) => pp(r.readerMarked),
    reference: (r) => `same article, no highlights: ${pp(r.readerPlain)}`,
    goal: '≤ 150 ms',
    meets: (r) => within(r.readerMarked?.p50, 150),
    growth: (r) => r.readerMarked?.p50,
  },
];

const verdict = (met: boolean | null) => (met === null ? '' : met ? '✅' : '❌');

/** The bench:scale section of docs/benchmarks.md for `results` (smallest size first). */
export function scaleReport(
  results: readonly SizeResult[],
  bundles: BundleSizes | null,
  typingPauseMs: number | null,
  command: string,
): string {
  const sizes = [...results].sort((a, b) => a.size - b.size);
  const largest = sizes.at(-1);
  const smallest = sizes[0];
  const growing = sizes.length > 1 && largest && smallest;
  const header = [
    'step',
    ...sizes.map((r) => `${sizeLabel(r.size)} articles`),
    'reference (same run)',
    'goal',
    `met at ${largest ? sizeLabel(largest.size) : '–'}`,
  ];
  if (growing) header.push(`p50 growth ${sizeLabel(smallest.size)} → ${sizeLabel(largest.size)}`);
  const lines = [
    `### Library at scale (\`${command}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    'Generated libraries (German prose from a word list, seeded PRNG: the same library every run; texts 5–20 KB, 2.7 highlights per article, 40 % with notes, 20 reading lists, skewed tags and sites, dates of day/month/year precision or none), written in bulk inside the e2e build in headless Debian Chromium, one browser per size. Times are from the UI action (or navigation start) to the frame after the DOM showed the result.',
    '',
    ...sizes.map(
      (r) =>
        `- ${sizeLabel(r.size)}: ${r.articles.toLocaleString('en')} articles, ${r.annotations.toLocaleString('en')} annotations, measured ${r.date}; load average ${r.loadStart} at start, ${r.loadEnd} at end; seeding took ${ms(r.seedMs)}. ${r.machine}`,
    ),
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...ROWS.map((row) => {
      const cells = [
        row.step,
        ...sizes.map(row.cell),
        sizes
          .map((r) => (sizes.length > 1 ? `${sizeLabel(r.size)}: ` : '') + row.reference(r))
          .filter((t) => !/^(\w+: )?$/.test(t))
          .join(' · '),
        row.goal,
        largest ? verdict(row.meets(largest)) : '',
      ];
      if (growing) {
        const from = row.growth?.(smallest);
        const to = row.growth?.(largest);
        cells.push(from && to ? `${(to / from).toFixed(1)}×` : '');
      }
      return `| ${cells.join(' | ')} |`;
    }),
    bundles
      ? `| bundle (gzip): side panel / clip script, production build | ${sizes.map(() => '').join(' | ')} | ${kb(bundles.sidePanelGzip)} / ${kb(bundles.clipGzip)} | ≤ 60 KB / ≤ 40 KB | ${verdict(bundles.sidePanelGzip <= 60_000 && bundles.clipGzip <= 40_000)} |${growing ? ' |' : ''}`
      : '',
    '',
    bundles
      ? `Bundles counted: side panel ${bundles.sidePanelFiles.join(', ')}; clip ${bundles.clipFiles.join(', ')}.`
      : '',
    ...sizes.flatMap((r) =>
      r.remeasured?.length ? [`Measured again at ${sizeLabel(r.size)}: ${r.remeasured.join('; ')}.`] : [],
    ),
    ...sizes.flatMap((r) =>
      r.errors.length ? [`Failed steps at ${sizeLabel(r.size)}: ${r.errors.join('; ')}.`] : [],
    ),
    ...sizes.flatMap((r) =>
      r.clipOutcomes?.length ? [`Clips at ${sizeLabel(r.size)}: ${r.clipOutcomes.join('; ')}.`] : [],
    ),
    '',
    `How: the search rows ask for a word planted in a known 1 % of the articles and wait until exactly those lead the list (typing includes the panel's own typing pause${typingPauseMs === null ? '' : `, ${typingPauseMs} ms in hooks/useSearch.ts`}); the index build asks for a word every generated article holds and waits until the count equals the library; the clip rows clip the fixtures through \`clip/saveTab\` from an extension page with a library panel open, the index update is the time from the stored answer until the panel's search for a title word shows the new article; the repository rows time \`loadLibraryPage\`/\`loadLibraryFacets\` in an extension page; heaps are CDP \`Performance.getMetrics\` JSHeapUsedSize of the extension's renderer isolate (all its pages). Raw figures: test-results/bench-scale/.`,
  ];
  return lines.filter((line, i, all) => !(line === '' && all[i - 1] === '')).join('\n');
}
