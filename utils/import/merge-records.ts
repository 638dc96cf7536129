import { normaliseTags } from '../db/article-user-fields';
import { applyOverrides } from '../db/metadata-overrides';
import type { AnnotationRecord, ArticleRecord, MetadataOverrides, ReadingStatus } from '../db/records';

const STATUS_RANK: Record<ReadingStatus, number> = { unread: 0, reading: 1, read: 2 };

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Two texts written on two machines: neither is dropped; the same text twice stays once. */
export function mergeTexts(existing: string, imported: string): string {
  const mine = existing.trim();
  const theirs = imported.trim();
  if (!theirs || mine === theirs || mine.includes(theirs)) return existing;
  if (!mine) return imported;
  return `${existing.trimEnd()}\n\n${imported.trim()}`;
}

/**
 * Corrections made on either machine are kept, each corrected field from both sides. Where both corrected the
 * same field, the library's own correction stays: an import never overwrites what the reader decided here.
 */
function mergeOverrides(existing: ArticleRecord, imported: ArticleRecord): MetadataOverrides {
  return { ...imported.overrides, ...existing.overrides };
}

/**
 * The library's article and the same article from a backup become one. The library's body and text stay when it
 * has one (its annotations are anchored to it); a "not yet loaded" entry takes the backup's clip. What the reader
 * added is united: tags, addresses, quotes, notes, metadata corrections; the further reading status wins; the first
 * clip date is kept.
 */
export function mergeArticleRecords(existing: ArticleRecord, imported: ArticleRecord): ArticleRecord {
  const takeImportedClip = existing.loadState === 'pending' && imported.loadState === 'loaded';
  const base: ArticleRecord = takeImportedClip
    ? { ...imported, id: existing.id, urlKey: existing.urlKey }
    : existing;
  const aliasKeys = union(existing.aliasKeys, [...imported.aliasKeys, imported.urlKey]).filter(
    (key) => key !== existing.urlKey,
  );
  const knownSelections = new Set(existing.source.selections.map((selection) => selection.id));
  const merged: ArticleRecord = {
    ...base,
    overrides: mergeOverrides(existing, imported),
    aliasKeys,
    tags: normaliseTags([...existing.tags, ...imported.tags]),
    pageNote: mergeTexts(existing.pageNote, imported.pageNote),
    status: STATUS_RANK[imported.status] > STATUS_RANK[existing.status] ? imported.status : existing.status,
    clippedAt: Math.min(existing.clippedAt, imported.clippedAt),
    updatedAt: Math.max(existing.updatedAt, imported.updatedAt),
    source: {
      pageUrl: base.source.pageUrl,
      selections: [
        ...existing.source.selections,
        ...imported.source.selections.filter((selection) => !knownSelections.has(selection.id)),
      ],
    },
  };
  // The corrections in force decide title, authors and date again, over the extractor's values of the clip kept.
  return applyOverrides(merged, base.extracted);
}

/** "Same selector and quote is the same annotation", whichever machine made it and under whichever id. */
export function samePlace(a: AnnotationRecord, b: AnnotationRecord): boolean {
  return (
    a.quote === b.quote &&
    a.selectors.quote.exact === b.selectors.quote.exact &&
    a.selectors.position.start === b.selectors.position.start &&
    a.selectors.position.end === b.selectors.position.end
  );
}

/** The same highlight from two places: notes united, the colour of the more recent edit. */
export function mergeAnnotationRecords(
  existing: AnnotationRecord,
  imported: AnnotationRecord,
): AnnotationRecord {
  const newer = imported.updatedAt > existing.updatedAt ? imported : existing;
  return {
    ...existing,
    colour: newer.colour,
    note: mergeTexts(existing.note, imported.note),
    createdAt: Math.min(existing.createdAt, imported.createdAt),
    updatedAt: Math.max(existing.updatedAt, imported.updatedAt),
  };
}

export function recordsEqual<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
