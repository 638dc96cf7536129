import { DATABASE_NAME, RandnotizDb, type RandnotizDbOptions } from './schema';

let shared: RandnotizDb | null = null;

/**
 * The shared connection for this JavaScript context (background or an extension page). Dexie opens it lazily and
 * propagates changes between contexts, so `liveQuery` subscribers everywhere see each write.
 */
export function getDb(): RandnotizDb {
  shared ??= new RandnotizDb(DATABASE_NAME);
  return shared;
}

/**
 * Runs `work` on a second connection whose transactions commit with durability 'strict' (flushed to disk before
 * they report success), for imports where losing a finished transaction to a crash would be worst.
 */
export async function withStrictDurability<T>(
  work: (db: RandnotizDb) => Promise<T>,
  { name = DATABASE_NAME, ...options }: RandnotizDbOptions & { name?: string } = {},
): Promise<T> {
  const strict = new RandnotizDb(name, { ...options, durability: 'strict' });
  try {
    return await work(strict);
  } finally {
    strict.close();
  }
}
