import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { withStrictDurability } from '../../utils/db/connection';
import type { RandnotizDb } from '../../utils/db/schema';
import { fakeIndexedDb, openTestDb } from '../fixtures/db/test-database';

async function durabilityOfWriteOn(db: RandnotizDb): Promise<string | undefined> {
  return db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: 'probe', value: 1 });
    return Dexie.currentTransaction?.idbtrans?.durability;
  });
}

describe('transaction durability', () => {
  it("everyday writes use the browser's default; withStrictDurability commits 'strict' and closes after", async () => {
    const everyday = openTestDb();
    expect(await durabilityOfWriteOn(everyday)).toBe('default');

    let used: RandnotizDb | null = null;
    const durability = await withStrictDurability(
      (strict) => {
        used = strict;
        return durabilityOfWriteOn(strict);
      },
      { name: everyday.name, ...fakeIndexedDb },
    );
    expect(durability).toBe('strict');
    expect((used as RandnotizDb | null)?.isOpen()).toBe(false);
    expect(await everyday.settings.get('probe')).toEqual({ key: 'probe', value: 1 });
    await everyday.delete();
  });
});
