import { getDb } from '../db/connection';
import type { RandnotizDb } from '../db/schema';

/** Settings key of the reader's font size, in CSS pixels. */
export const READER_FONT_SIZE_KEY = 'reader.fontSize';
/** Steps the "A−/A+" buttons move through; 18 px reads comfortably in a panel about 400 px wide. */
export const READER_FONT_SIZES = [14, 16, 18, 20, 22, 24, 28] as const;
export const DEFAULT_READER_FONT_SIZE = 18;

export function clampFontSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_READER_FONT_SIZE;
  const sizes: readonly number[] = READER_FONT_SIZES;
  return sizes.reduce((best, size) => (Math.abs(size - value) < Math.abs(best - value) ? size : best));
}

/** The next size up (+1) or down (−1), staying at the ends. */
export function stepFontSize(current: number, direction: 1 | -1): number {
  const sizes: readonly number[] = READER_FONT_SIZES;
  const index = sizes.indexOf(clampFontSize(current));
  return sizes[Math.min(sizes.length - 1, Math.max(0, index + direction))]!;
}

export async function loadReaderFontSize(db: RandnotizDb = getDb()): Promise<number> {
  return clampFontSize((await db.settings.get(READER_FONT_SIZE_KEY))?.value);
}

export async function saveReaderFontSize(size: number, db: RandnotizDb = getDb()): Promise<void> {
  await db.settings.put({ key: READER_FONT_SIZE_KEY, value: clampFontSize(size) });
}
