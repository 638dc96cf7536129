import type { EpochMs, ReadingStatus } from '../db/records';

/**
 * One saved link from a read-later service, before it becomes a "not yet loaded" library entry. Only what every
 * service exports reliably: the address, a title, tags and when it was saved.
 */
export interface ReadLaterEntry {
  url: string;
  title: string;
  tags: string[];
  addedAt: EpochMs | null;
  /** 'read' for what the service had archived. */
  status: ReadingStatus;
  /** Text the reader had selected when saving (Instapaper), kept as a quote. */
  selection?: string;
}

export type ReadLaterSource = 'pocket' | 'instapaper' | 'omnivore';

/** Unix seconds (Pocket, Instapaper) or ISO dates (Omnivore) → epoch ms; anything unreadable → null. */
export function timeAdded(value: string | number | undefined | null): EpochMs | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number' || /^\d+$/.test(value.trim())) {
    const seconds = Number(value);
    // Ten digits are seconds; thirteen are already milliseconds.
    const ms = seconds > 1e11 ? seconds : seconds * 1000;
    return Number.isFinite(ms) && ms > 0 ? ms : null;
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

/** Splits a tag field on the given separators and drops empties; `normaliseTags` later folds case duplicates. */
export function splitTags(value: string | undefined, separators: RegExp): string[] {
  return (value ?? '')
    .split(separators)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}
