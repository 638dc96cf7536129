import { createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtensionHarness } from '../../../tests/e2e/support/extension-harness';
import type { ImportFigures } from './results';
import { heapUsed, openPanelPage, sampleHeap, waitInPage } from './panel-pages';

const SLICE_CHARS = 8 * 2 ** 20;
const IMPORT_TIMEOUT_MS = 30 * 60_000;

/** Exports the library as the JSON backup in the bridge page and writes it to a temporary file, slice by slice. */
export async function exportToFile(harness: ExtensionHarness, size: number): Promise<string> {
  const bridge = await harness.bridge();
  await bridge.evaluate(() => window.randnotizE2e.benchScale.exportLibrary());
  const file = join(tmpdir(), `randnotiz-bench-scale-${size}.json`);
  const out = createWriteStream(file);
  for (let from = 0; ;) {
    const slice = await bridge.evaluate(
      ([at, length]) => window.randnotizE2e.benchScale.exportSlice(at, length),
      [from, SLICE_CHARS] as const,
    );
    if (slice === '') break;
    from += slice.length;
    if (!out.write(slice)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return file;
}

/**
 * Empties the library, then imports `file` through the lists view's import panel as a person would: pick the
 * file, wait for the preview, confirm, wait for the result. The panel's JS heap is sampled all along.
 */
export async function importThroughPanel(harness: ExtensionHarness, file: string): Promise<ImportFigures> {
  const bridge = await harness.bridge();
  await bridge.evaluate(() => window.randnotizE2e.benchBackup.clearLibrary());
  const page = await openPanelPage(harness, '#/lists');
  try {
    await waitInPage(page, () => document.querySelector('#import-file') !== null, null, 60_000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const heapBaseBytes = await heapUsed(cdp);
    await cdp.detach();
    const heap = await sampleHeap(page, 100);
    const picked = Date.now();
    await page.locator('#import-file').setInputFiles(file);
    await page.locator('[data-testid="import-preview"]').waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const previewMs = Date.now() - picked;
    const confirmed = Date.now();
    await page.locator('.import-panel__preview .button--primary').click();
    await page.locator('[data-testid="import-result"]').waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const importMs = Date.now() - confirmed;
    const heapPeakBytes = await heap.stop();
    const articlesAfter = await bridge.evaluate(() => window.randnotizE2e.scaleSeed.articleCount());
    return {
      previewMs,
      importMs,
      fileBytes: statSync(file).size,
      heapBaseBytes,
      heapPeakBytes,
      articlesAfter,
    };
  } finally {
    await page.close();
    rmSync(file, { force: true });
  }
}
