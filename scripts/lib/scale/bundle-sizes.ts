import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_DIR } from '../../../tests/e2e/support/paths';
import type { BundleSizes } from './results';

const PRODUCTION_DIR = join(PROJECT_DIR, '.output', 'chrome-mv3');

/** Builds the production extension (unless RANDNOTIZ_E2E_PREBUILT=1 and one is there). */
export function buildProduction(): void {
  if (process.env.RANDNOTIZ_E2E_PREBUILT === '1' && existsSync(join(PRODUCTION_DIR, 'manifest.json'))) return;
  execFileSync(join(PROJECT_DIR, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const gzipped = (file: string) => gzipSync(readFileSync(join(PRODUCTION_DIR, file))).byteLength;

/** Files a module loads before it runs: its static imports, followed transitively (dynamic `import()` excluded). */
function staticClosure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(PRODUCTION_DIR, file))) return;
    seen.add(file);
    const code = readFileSync(join(PRODUCTION_DIR, file), 'utf8');
    for (const match of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) {
      const target = match[1]!;
      visit(
        target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(file), target)),
      );
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * Gzip sizes (zlib default level) of what opening the side panel loads before it can draw (its entry module's
 * static import graph and its style sheets) and of the clip content script, from the production build.
 */
export function bundleSizes(): BundleSizes {
  const html = readFileSync(join(PRODUCTION_DIR, 'sidepanel.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((match) => match[1]!);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="\/?([^"]+)"/g)].map(
    (match) => match[1]!,
  );
  const sidePanelFiles = [...new Set([...scripts.flatMap(staticClosure), ...styles])];
  // The clip script has been a content script (content-scripts/clip.js) and an injected unlisted script (clip.js):
  // whatever file named clip… the build has, with what it imports statically.
  const clipFiles = [
    ...new Set(
      (readdirSync(PRODUCTION_DIR, { recursive: true }) as string[])
        .map((file) => file.split(sep).join('/'))
        .filter((file) => /(^|\/)clip([.-][^/]*)?\.js$/.test(file))
        .flatMap(staticClosure),
    ),
  ];
  return {
    sidePanelGzip: sidePanelFiles.reduce((sum, file) => sum + gzipped(file), 0),
    sidePanelFiles,
    clipGzip: clipFiles.reduce((sum, file) => sum + gzipped(file), 0),
    clipFiles,
  };
}
