/** Timing summaries: percentiles by linear interpolation between closest ranks (numpy's default). */

export interface SpeedSummary {
  pages: number;
  p50: number;
  p95: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

export function speedSummary(milliseconds: readonly number[]): SpeedSummary {
  return { pages: milliseconds.length, p50: percentile(milliseconds, 50), p95: percentile(milliseconds, 95) };
}

/** ours / reference; NaN when the reference is zero or missing, so a table shows "–" rather than Infinity. */
export function ratio(ours: number, reference: number): number {
  return reference > 0 && Number.isFinite(ours) ? ours / reference : Number.NaN;
}
