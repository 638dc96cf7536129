import { createHash } from 'node:crypto';
import type { BenchPage } from '../../scripts/lib/bench-pages';

/**
 * A fixed, stratified subset of the corpus pages for the regression test, so that it fits the CI budget even on
 * a loaded machine (all ~700 distinct pages took 40 minutes at load 8 on two cores); `npm run bench:extract`
 * still measures every page.
 *
 * Fixed: a page is in or out by a hash of its content and address (its extraction key), never by chance or by
 * the order of folders, so every run and every machine scores the same pages. Stratified: within each corpus and
 * generalisation half the pages are ranked by that hash and the first `share` of them kept, so every population
 * a headline figure rests on keeps its proportions. A page filed in two corpora is ranked by the same hash in
 * both, so it is mostly kept or dropped in both and its extraction serves two figures.
 */
export function regressionSample(pages: readonly BenchPage[], share: number): BenchPage[] {
  if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], got ${share}`);
  const strata = new Map<string, BenchPage[]>();
  for (const page of pages) {
    const stratum = `${page.corpus}|${page.half}`;
    strata.set(stratum, [...(strata.get(stratum) ?? []), page]);
  }
  const kept = new Set<BenchPage>();
  for (const members of strata.values()) {
    const ranked = [...members].sort((a, b) => rank(a).localeCompare(rank(b)));
    for (const page of ranked.slice(0, Math.ceil(members.length * share))) kept.add(page);
  }
  // In the original page order, so jobs and reports read like the full run's.
  return pages.filter((page) => kept.has(page));
}

function rank(page: BenchPage): string {
  // The folder name breaks ties between records of the same page within one stratum.
  return `${createHash('sha1').update(page.extractionKey).digest('hex')}|${page.id}`;
}
