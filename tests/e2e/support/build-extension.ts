import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from './paths';

/** Where `wxt build --mode e2e` writes the unpacked extension the suite loads. */
export const E2E_EXTENSION_DIR = join(PROJECT_DIR, '.output', 'chrome-mv3-e2e');
/** The variant without `unlimitedStorage` (see wxt.config.ts), built only by the test that fills the quota. */
export const E2E_LIMITED_STORAGE_MODE = 'e2e-limited-storage';
export const E2E_LIMITED_STORAGE_DIR = join(PROJECT_DIR, '.output', `chrome-mv3-${E2E_LIMITED_STORAGE_MODE}`);

/**
 * Vitest global setup: builds the e2e variant once per run (host access to 127.0.0.1 and the bridge page; see
 * wxt.config.ts). RANDNOTIZ_E2E_PREBUILT=1 reuses an existing build, for quick reruns while writing tests.
 */
export default function buildExtension(): void {
  buildVariant('e2e', E2E_EXTENSION_DIR);
}

/** Builds one e2e variant into `dir` (kept when RANDNOTIZ_E2E_PREBUILT=1 and already there). */
export function buildVariant(mode: string, dir: string): void {
  if (process.env.RANDNOTIZ_E2E_PREBUILT === '1' && existsSync(join(dir, 'manifest.json'))) return;
  execFileSync(join(PROJECT_DIR, 'node_modules', '.bin', 'wxt'), ['build', '--mode', mode], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`wxt build --mode ${mode} produced no manifest in ${dir}`);
  }
}
