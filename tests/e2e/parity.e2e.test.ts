import { listFixtures } from '../support/shared-data';
import { ARTICLE_KEYS } from '../../scripts/lib/article-json';
import { describe, expect, test as harnessTest } from './support/extension-test';
import { extractWithNodeCli } from './support/node-cli';

const fixtures = listFixtures();

/** The CLI's answer for every fixture at the URL the page server shows in the tab: one CLI run per file. */
const test = harnessTest.extend('nodeArticles', { scope: 'file' }, async ({ extension }) => {
  const articles = extractWithNodeCli(
    fixtures.map((fixture) => ({ file: fixture.file, url: extension.server.fixtureUrl(fixture.name) })),
  );
  return new Map(fixtures.map((fixture, index) => [fixture.name, articles[index]]));
});

/**
 * The promise of the extraction core: the article a reader clips in Chromium is the one the CLI (jsdom)
 * extracts from the same bytes at the same URL, every field of it.
 */
describe('Chromium clips every fixture exactly as the Node CLI extracts it', () => {
  test('the fixtures are there', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  test.for(fixtures)('$name', async (fixture, { extension, nodeArticles }) => {
    const page = await extension.openPage(extension.server.fixtureUrl(fixture.name));
    const result = await extension.clip(page);
    // Extraction works on a clone: the page the reader sees stays as it was (look at test-results/e2e/).
    await extension.screenshot(page, `parity-${fixture.name}`);
    await page.close();

    if (!result.ok)
      throw new Error(`Clipping ${fixture.name} failed: ${result.error.code}: ${result.error.message}`);
    expect(Object.keys(result.article).sort()).toEqual([...ARTICLE_KEYS].sort());
    expect(result.article).toEqual(nodeArticles.get(fixture.name));
  });
});
