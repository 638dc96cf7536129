import type { BenchPage } from './bench-pages';

/**
 * A fixed sample of distinct pages for the determinism check: the largest pages (where a time limit used to
 * bite first) and, for the rest, pages spread evenly over every corpus in folder order. No randomness, so two
 * runs and two machines check the same pages.
 */
export function determinismSample(
  pages: readonly BenchPage[],
  count: number,
  sizeOf: (file: string) => number,
): BenchPage[] {
  const distinct = [...new Map(pages.map((page) => [page.extractionKey, page])).values()];
  if (count >= distinct.length) return distinct;
  const largest = [...distinct]
    .map((page) => ({ page, size: sizeOf(page.file) }))
    .sort((a, b) => b.size - a.size || (a.page.extractionKey < b.page.extractionKey ? -1 : 1))
    .slice(0, Math.floor(count / 5))
    .map(({ page }) => page);
  const chosen = new Set(largest);
  const rest = distinct.filter((page) => !chosen.has(page));
  const wanted = count - chosen.size;
  for (let i = 0; i < wanted; i++) chosen.add(rest[Math.floor((i * rest.length) / wanted)]!);
  return distinct.filter((page) => chosen.has(page));
}
