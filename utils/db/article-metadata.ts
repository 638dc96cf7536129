import { parsePartialDate } from '../extract/partial-date';
import { authorDisplayNames } from '../extract/names/author-name';
import type { AuthorName } from '../extract/types';
import { getDb } from './connection';
import { applyOverrides } from './metadata-overrides';
import {
  CORRECTABLE_FIELDS,
  type ArticleRecord,
  type CorrectableField,
  type MetadataOverrides,
} from './records';
import type { RandnotizDb } from './schema';
import { guardStorage, StorageError } from './storage-errors';

const MAX_TEXT = 1000;

/**
 * Records the reader's corrections of title, authors, date or site name. They are kept as overrides, applied to
 * the record at once and again after every re-clip, so exports and the library show them and nothing the
 * extractor finds later replaces them.
 */
export async function correctArticleMetadata(
  id: string,
  correction: MetadataOverrides,
  db: RandnotizDb = getDb(),
): Promise<ArticleRecord> {
  const clean = validCorrection(correction);
  return updateOverrides(id, db, (overrides) => ({ ...overrides, ...clean }));
}

/** Takes corrections back: the extractor's values of those fields are in force again. */
export async function revertArticleMetadata(
  id: string,
  fields: readonly CorrectableField[],
  db: RandnotizDb = getDb(),
): Promise<ArticleRecord> {
  return updateOverrides(id, db, (overrides) => {
    const kept = { ...overrides };
    for (const field of fields) delete kept[field];
    return kept;
  });
}

async function updateOverrides(
  id: string,
  db: RandnotizDb,
  change: (overrides: MetadataOverrides) => MetadataOverrides,
): Promise<ArticleRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.articles, async () => {
      const existing = await db.articles.get(id);
      if (!existing) throw new StorageError('not-found', `No article ${id}`);
      const updated = applyOverrides(
        { ...existing, overrides: change(existing.overrides ?? {}), updatedAt: Date.now() },
        existing.extracted,
      );
      await db.articles.put(updated);
      return updated;
    }),
  );
}

/** Rejects what no citation could use, with a message that names the field; trims what it keeps. */
function validCorrection(correction: MetadataOverrides): MetadataOverrides {
  const clean: MetadataOverrides = {};
  for (const field of CORRECTABLE_FIELDS) {
    if (!(field in correction)) continue;
    if (field === 'title') clean.title = requiredText(correction.title, 'title');
    if (field === 'siteName') clean.siteName = optionalText(correction.siteName, 'site name');
    if (field === 'published') clean.published = validDate(correction.published);
    if (field === 'authorNames') clean.authorNames = validNames(correction.authorNames);
  }
  return clean;
}

function requiredText(value: unknown, label: string): string {
  const text = optionalText(value, label);
  if (!text) throw new StorageError('invalid-input', `The ${label} cannot be empty`);
  return text;
}

function optionalText(value: unknown, label: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string') throw new StorageError('invalid-input', `The ${label} must be text`);
  const text = value.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_TEXT) throw new StorageError('invalid-input', `The ${label} is too long`);
  return text || null;
}

function validDate(value: unknown): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !parsePartialDate(value)) {
    throw new StorageError('invalid-input', 'The date must be YYYY, YYYY-MM or YYYY-MM-DD');
  }
  return value;
}

function validNames(value: unknown): AuthorName[] {
  if (!Array.isArray(value)) throw new StorageError('invalid-input', 'The authors must be a list');
  const names: AuthorName[] = [];
  for (const raw of value as unknown[]) {
    const name = validName(raw);
    if (name) names.push(name);
  }
  if (authorDisplayNames(names).length !== names.length) {
    throw new StorageError('invalid-input', 'Every author needs a name');
  }
  return names;
}

function validName(raw: unknown): AuthorName | null {
  if (!raw || typeof raw !== 'object') throw new StorageError('invalid-input', 'An author is not a name');
  const record = raw as Record<string, unknown>;
  if ('literal' in record) {
    const literal = optionalText(record['literal'], 'organisation name');
    return literal ? { literal } : null;
  }
  const family = optionalText(record['family'], 'family name');
  const given = optionalText(record['given'], 'given name') ?? '';
  const particle = optionalText(record['non-dropping-particle'] ?? null, 'name particle');
  const suffix = optionalText(record['suffix'] ?? null, 'name suffix');
  if (!family) {
    if (given) throw new StorageError('invalid-input', 'A person needs a family name');
    return null;
  }
  return {
    family,
    given,
    ...(particle ? { 'non-dropping-particle': particle } : {}),
    ...(suffix ? { suffix } : {}),
  };
}
