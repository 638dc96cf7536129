import { anchor } from '../anchoring/anchor';
import { describeRange } from '../anchoring/describe-range';

/** Narrows a span so it neither starts nor ends on whitespace (a double-click or drag often takes a space along). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : null;
}

/**
 * Offsets in the rendered text → offsets in the stored text. They are the same string unless the render-time
 * sanitiser changed something (an article stored by an older version); then the span is found again by quote.
 */
export function toStoredOffsets(
  renderedText: string,
  storedText: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  if (renderedText === storedText) return { start, end };
  const found = anchor(storedText, describeRange(renderedText, start, end));
  return found && { start: found.start, end: found.end };
}
