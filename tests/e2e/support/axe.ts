import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** axe-core's own browser bundle, injected as source: the page under test needs no build-time knowledge of it. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolationSummary {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** The WCAG 2.x A/AA rule sets plus axe's best practices; colour contrast is part of wcag2aa. */
const RUN_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on `page` (or only the part `context` selects) and returns every violation, condensed. */
export async function axeViolations(page: Page, context = 'html'): Promise<AxeViolationSummary[]> {
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated through the DevTools protocol, which extension pages' CSP (script-src 'self') does not block.
  if (!injected) await page.evaluate(`${AXE_SOURCE}\n;true`);
  return page.evaluate(
    async ([selector, tags]) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const results = await axe.run(selector, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
    },
    [context, RUN_TAGS] as const,
  );
}

/**
 * Fails the test when axe-core finds a serious or critical violation in `context` (a CSS selector; the whole
 * document by default), listing each with the elements it concerns. Minor and moderate findings are returned
 * so a test can log or assert on them too.
 */
export async function expectNoSeriousAxeViolations(
  page: Page,
  context = 'html',
): Promise<AxeViolationSummary[]> {
  const violations = await axeViolations(page, context);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, JSON.stringify(serious, null, 2)).toEqual([]);
  return violations;
}
