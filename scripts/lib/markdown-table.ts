import type { Tally } from './bench-score';

/** Number formats and the Markdown table shared by the benchmark report's sections. */

export function fraction(value: number): string {
  return Number.isFinite(value) ? value.toFixed(3) : '–';
}

export function milliseconds(value: number): string {
  return Number.isFinite(value) ? value.toFixed(1) : '–';
}

export function asRatio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : '–';
}

export function tallyText(tally: Tally | undefined): string {
  return tally && tally.total ? `${tally.right}/${tally.total}` : '–';
}

export function share(tally: Tally | undefined): number {
  return tally && tally.total ? tally.right / tally.total : Number.NaN;
}

export function table(
  header: string[],
  rows: string[][],
  rightAligned = header.map((_, i) => i > 0),
): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const rule = `|${rightAligned.map((right) => (right ? '---:' : '---')).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
