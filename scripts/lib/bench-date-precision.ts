import { datePrecision } from '../../utils/extract/partial-date';
import { germanDatePages } from './bench-headline';
import type { BenchPage } from './bench-pages';
import { outputFor, type Tally } from './bench-score';
import type { ToolName } from './bench-tools';
import type { PageRun } from './bench-worker';
import { fieldMatches } from './scoring-metadata';

/**
 * Date accuracy split by the precision of our answer. The corpora label days, so a month or a year is never the
 * same day and counts as wrong in the headline; it is listed here because an honest "June 2021" is a different
 * kind of miss from a wrong day, and the list shows whether the precision rules fire where they should.
 */
export interface DatePrecisionTally {
  /** Answers with a day, right when it is the labelled day. */
  day: Tally;
  /** "corpus/id: answer (label)" of answers that name only a month or only a year. */
  month: string[];
  year: string[];
  /** Pages we gave no date for (or an answer that is no partial date at all). */
  none: number;
}

export function datePrecisionTally(
  pages: readonly BenchPage[],
  runs: ReadonlyMap<string, PageRun>,
  tool: ToolName,
): DatePrecisionTally {
  const tally: DatePrecisionTally = { day: { right: 0, total: 0 }, month: [], year: [], none: 0 };
  for (const page of germanDatePages(pages)) {
    const answer = outputFor(page, runs, tool).published;
    const label = page.truth.fields.published;
    const precision = datePrecision(answer);
    if (precision === 'day') {
      tally.day.total++;
      if (fieldMatches('published', label, answer)) tally.day.right++;
    } else if (precision === 'month' || precision === 'year') {
      tally[precision].push(`${page.corpus}/${page.id}: ${answer} (label ${String(label)})`);
    } else tally.none++;
  }
  return tally;
}
