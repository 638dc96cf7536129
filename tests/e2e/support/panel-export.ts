import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface DownloadedExport {
  name: string;
  bytes: Uint8Array;
  text: string;
}

/**
 * Exports through the panel's export form (lists view, German UI) and returns the downloaded file: the path a
 * reader takes, from the select boxes to the browser's download.
 */
export async function exportThroughPanel(
  panel: Page,
  scopeLabel: string | RegExp,
  format: string,
): Promise<DownloadedExport> {
  const scope = panel.locator('#export-scope');
  const option = await scope.locator('option').filter({ hasText: scopeLabel }).first().getAttribute('value');
  if (option === null) throw new Error(`No export scope ${String(scopeLabel)}`);
  await scope.selectOption(option);
  await panel.locator('#export-format').selectOption(format);
  const downloading = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Exportieren und herunterladen' }).click();
  const download = await downloading;
  const path = await download.path();
  await expect
    .poll(() => panel.locator('[data-testid="export-result"]').textContent())
    .toContain(download.suggestedFilename());
  const bytes = new Uint8Array(readFileSync(path));
  return { name: download.suggestedFilename(), bytes, text: new TextDecoder().decode(bytes) };
}
