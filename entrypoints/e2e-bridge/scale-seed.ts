import { createReadingList, getDb, listReadingLists } from '@/utils/db';
import { bulkSeedArticles } from '@/utils/db/bulk-seed';
import { READING_LIST_COUNT, readerEntry, scaleEntry } from './scale-corpus';

/** The library's reading lists, created on first use: 20 lists every generated article may land on. */
async function readingListIds(): Promise<string[]> {
  const existing = await listReadingLists();
  for (let i = existing.length; i < READING_LIST_COUNT; i += 1) {
    await createReadingList(`Leseliste ${String(i + 1).padStart(2, '0')}`, 'Für den Benchmark erzeugt');
  }
  return (await listReadingLists()).map((summary) => summary.list.id);
}

/**
 * Articles `from` … `from + count - 1` of the generated library, written in one transaction; returns their ids
 * in order. The texts are built here, in the extension page, so a batch costs no transfer from Node.
 */
async function seedScaleBatch(seed: number, from: number, count: number): Promise<string[]> {
  const lists = await readingListIds();
  const entries = Array.from({ length: count }, (_, i) => scaleEntry(seed, from + i, lists));
  return bulkSeedArticles(entries);
}

/** The reader measurement's article (about 60 KB) with `highlights` highlights and its twin without any. */
async function seedReaderPair(seed: number, highlights: number): Promise<{ marked: string; plain: string }> {
  const [marked, plain] = await bulkSeedArticles([
    readerEntry(seed, highlights, `markiert-${highlights}`),
    readerEntry(seed, 0, 'ohne-markierungen'),
  ]);
  if (!marked || !plain) throw new Error('The reader articles were not stored');
  return { marked, plain };
}

/** How many articles the library holds (the seeding's own check, and the bench's expected hit count). */
const articleCount = () => getDb().articles.count();

export const scaleSeed = { seedScaleBatch, seedReaderPair, articleCount };
