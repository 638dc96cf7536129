/**
 * Corpus regression: our pipeline's headline figures on the German corpus pages (and the scrapinghub set)
 * may only go up. Same pages, same scoring modules and same definitions as `npm run bench:extract`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPORA, listBenchPages } from '../../scripts/lib/bench-pages';
import {
  HEADLINES,
  headlineFiguresByHalf,
  type HeadlineId,
  type HeadlineValue,
} from '../../scripts/lib/bench-headline';
import { jobsForPages, runJobs } from '../../scripts/lib/bench-pool';
import type { PageRun } from '../../scripts/lib/bench-worker';

/**
 * Ratchets: what the pipeline measured when they were last set, minus 0.005 for harmless jitter. When quality
 * improves, raise them to the new `npm run bench:extract` figures (minus 0.005); never lower them to make a
 * change pass — a drop means the change made extraction worse on real pages.
 */
const RATCHETS: Record<HeadlineId, number> = {
  snippetF1: 0.919, // measured 0.924 (2,944 snippets), bench:extract 2026-11-25
  dateAccuracy: 0.909, // measured 0.914 (454 pages)
  authorMatch: 0.732, // measured 0.737 (266 pages)
  titleMatch: 0.795, // measured 0.800 (445 pages)
  shingleF1: 0.962, // measured 0.967 (127 pages)
};

/** Every German page of the corpora, plus all of scrapinghub (its figure is over the whole set). */
const pages = listBenchPages({ corpora: CORPORA }).filter(
  (page) => page.lang === 'de' || page.corpus === 'scrapinghub-aeb',
);

describe('corpus regression (German corpus pages, scrapinghub)', () => {
  let runs: Map<string, PageRun>;
  let figures: Record<HeadlineId, HeadlineValue>;

  beforeAll(async () => {
    runs = await runJobs(jobsForPages(pages, ['ours']));
    const byHalf = headlineFiguresByHalf(pages, runs, 'ours');
    figures = byHalf.all;
    // Printed so that raising a ratchet is copying a number, not re-running the benchmark.
    const measured = HEADLINES.map(
      ({ id }) =>
        `${id} ${figures[id].value.toFixed(4)} (n ${figures[id].n}; tune ${byHalf.tune[id].value.toFixed(4)}, ` +
        `check ${byHalf.check[id].value.toFixed(4)})`,
    );
    console.info(`corpus regression measured: ${measured.join(', ')}`);
    // Extraction has no time limit (its budget is counted in steps), so a slow CI machine only makes this
    // slower, never different; the generous limit is for the whole run of ~700 pages on two loaded cores.
  }, 2_400_000);

  // Pages the loader cannot parse (run.failure) score as empty answers and so pull the figures down; this
  // test is about the pipeline itself never erroring or spending its step budget on a real page.
  it('runs the pipeline on every loadable page without an error or a spent step budget', () => {
    const failed = [...runs.values()].filter((run) => run.outputs.ours?.error);
    expect(failed.map((run) => `${run.key}: ${run.outputs.ours?.error}`)).toEqual([]);
  });

  it.each(HEADLINES.map((headline) => [headline.label, headline.id] as const))(
    '%s stays at or above its ratchet',
    (_label, id) => {
      expect(figures[id].n).toBeGreaterThan(0);
      expect(figures[id].value).toBeGreaterThanOrEqual(RATCHETS[id]);
    },
  );
});
