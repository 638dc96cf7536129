import { strFromU8, unzipSync } from 'fflate';
import * as v from 'valibot';
import { timeAdded, type ReadLaterEntry } from './read-later-entry';

/** The fields we use of one item in Omnivore's `metadata_*.json` files; the rest (content, highlights) is ignored. */
const omnivoreItemSchema = v.object({
  url: v.string(),
  title: v.optional(v.nullable(v.string())),
  labels: v.optional(v.nullable(v.array(v.string()))),
  savedAt: v.optional(v.nullable(v.string())),
  state: v.optional(v.nullable(v.string())),
});
const omnivoreMetadataSchema = v.array(omnivoreItemSchema);

/** One metadata file's JSON text → entries; throws with the file's name when its shape is not Omnivore's. */
export function parseOmnivoreMetadata(json: string, fileName = 'metadata.json'): ReadLaterEntry[] {
  const parsed = v.safeParse(omnivoreMetadataSchema, JSON.parse(json));
  if (!parsed.success)
    throw new Error(`${fileName} is not an Omnivore metadata file: ${parsed.issues[0]?.message}`);
  return parsed.output.map((item) => ({
    url: item.url.trim(),
    title: (item.title ?? '').trim(),
    tags: item.labels ?? [],
    addedAt: timeAdded(item.savedAt),
    status: item.state?.toLowerCase() === 'archived' ? 'read' : 'unread',
  }));
}

/**
 * Omnivore's export zip (`metadata_0_to_50.json`, … beside `content/` and `highlights/`): every metadata file's
 * items, in file order. Only the metadata files are decompressed; the article copies in it are not trusted and
 * the page is clipped afresh when first opened.
 */
export function parseOmnivoreZip(zip: Uint8Array): ReadLaterEntry[] {
  const files = unzipSync(zip, { filter: (file) => /(^|\/)metadata_[^/]*\.json$/.test(file.name) });
  const names = Object.keys(files).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (names.length === 0) throw new Error('The zip holds no Omnivore metadata_*.json file');
  return names.flatMap((name) => parseOmnivoreMetadata(strFromU8(files[name] ?? new Uint8Array()), name));
}
