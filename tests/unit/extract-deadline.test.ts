import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/lib/load-page';
import { createDeadline, MIN_STEPS, stepBudgetFor, STEPS_PER_ELEMENT } from '../../utils/extract/deadline';
import { ExtractionTimeout } from '../../utils/extract/types';
import { articlePage } from '../e2e/support/hostile-pages';
import { extractHtml, TEST_URL } from '../support/jsdom-page';

describe('the step budget', () => {
  it('allows exactly its number of steps, then stops with ExtractionTimeout', () => {
    const deadline = createDeadline(3);
    for (let i = 0; i < 3; i++) deadline.check();
    expect(deadline.expired()).toBe(false);
    expect(() => deadline.check()).toThrow(ExtractionTimeout);
    expect(deadline.expired()).toBe(true);
  });

  it('never looks at a clock: a budget that is not spent does not run out however long it waits', async () => {
    const deadline = createDeadline(1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(deadline.expired()).toBe(false);
    expect(() => deadline.check()).not.toThrow();
  });

  it('grows in proportion to the page, with a floor for small pages', () => {
    const small = parsePage('<p>a</p>', TEST_URL);
    const big = parsePage(`<div>${'<p>a</p>'.repeat(10_000)}</div>`, TEST_URL);
    try {
      const smallBudget = stepBudgetFor(small.document);
      expect(smallBudget).toBeGreaterThanOrEqual(MIN_STEPS);
      // The big page has 10,000 paragraphs and one wrapping div more than the small one has paragraphs.
      expect(stepBudgetFor(big.document) - smallBudget).toBe(10_000 * STEPS_PER_ELEMENT);
    } finally {
      small.close();
      big.close();
    }
  });
});

describe('extraction under a step budget', () => {
  it('gives the same Article for the same page every time', () => {
    const html = articlePage('<aside><a href="/x">Lesen Sie auch</a></aside>');
    const first = JSON.stringify(extractHtml(html));
    expect(JSON.stringify(extractHtml(html))).toBe(first);
    expect(JSON.parse(first)).toMatchObject({ reason: 'article' });
  });
});
