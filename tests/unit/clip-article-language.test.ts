import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPageFile } from '../../scripts/lib/load-page';
import { interpretScriptResult } from '../../utils/clip/clip-tab';
import { extractArticle } from '../../utils/extract';
import { extractArticle as extractWithoutDetector } from '../../utils/extract/extract-article';
import { CORPORA_DIR, listFixtures } from '../support/shared-data';

/**
 * Corpus pages whose markup declares no language or the wrong one, so that the language must come from the text:
 * [folder, the language the corpus annotates].
 */
const MISDECLARED: ReadonlyArray<readonly [string, string]> = [
  ['trafilatura-eval/ahlen.de.reparaturcafe', 'de'], // declares en
  ['trafilatura-eval/dvgw.de.heizug', 'de'], // declares en
  ['trafilatura-eval/chip.de.bestcrypt', 'de'], // declares nothing
  ['scrapinghub-aeb/57b4dafd18cfd053', 'de'], // declares en
  ['scrapinghub-aeb/11ea381ad92b5448', 'pt'], // declares nothing
  ['scrapinghub-aeb/291a8bf33ee49074', 'en'], // declares nothing
];

/**
 * The clip's path (the clip script extracts without a detector; the background checks its answer and names the
 * language) beside the CLI's (`extractArticle`).
 */
function clipPath(file: string, url: string) {
  const page = loadPageFile(file, url);
  try {
    const answer = extractWithoutDetector(page.document, url, { window: page.window });
    const checked = interpretScriptResult({ result: answer });
    if (!checked.ok) throw new Error(`the clip answer was refused: ${checked.error.message}`);
    return {
      clipped: checked.article,
      declaredOnly: answer.lang,
      direct: extractArticle(page.document, url, { window: page.window }),
    };
  } finally {
    page.close();
  }
}

describe('a clip names the language as the CLI does', () => {
  it.each(listFixtures().map((fixture) => [fixture.name, fixture] as const))(
    'fixture %s: the same Article by both paths',
    (_name, fixture) => {
      const { clipped, direct } = clipPath(fixture.file, fixture.expected.url);
      expect(clipped).toEqual(direct);
    },
  );

  it.each(MISDECLARED)('%s: language from the text (%s), the same Article by both paths', (folder, lang) => {
    const file = join(CORPORA_DIR, folder, 'source.html');
    const url = `https://corpus.invalid/${folder}`;
    const { clipped, declaredOnly, direct } = clipPath(file, url);
    expect(declaredOnly).not.toBe(lang);
    expect(direct.lang).toBe(lang);
    expect(clipped).toEqual(direct);
  });
});
