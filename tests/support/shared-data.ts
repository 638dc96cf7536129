import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared` beside the project: test data is read from there, never copied in. */
export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
export const FIXTURES_DIR = join(SHARED_DIR, 'fixtures');
export const CORPORA_DIR = join(SHARED_DIR, 'corpora');

export interface FixtureExpectation {
  url: string;
  title: string;
  author: string | null;
  published: string | null;
  lang: string;
  siteName: string;
  readerable?: boolean;
  readingTimeMinutes?: number;
  mustInclude: string[];
  mustExclude: string[];
}

export interface Fixture {
  name: string;
  file: string;
  expected: FixtureExpectation;
}

export function listFixtures(): Fixture[] {
  if (!existsSync(FIXTURES_DIR))
    throw new Error(`Test data missing: ${FIXTURES_DIR} (clone ../shared beside the project)`);
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES_DIR, d.name, 'expected.json')))
    .map((d) => ({
      name: d.name,
      file: join(FIXTURES_DIR, d.name, 'source.html'),
      expected: JSON.parse(
        readFileSync(join(FIXTURES_DIR, d.name, 'expected.json'), 'utf8'),
      ) as FixtureExpectation,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
