import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from './paths';

/** Where `wxt build --mode e2e` writes the unpacked extension the suite loads. */
export const E2E_EXTENSION_DIR = join(PROJECT_DIR, '.output', 'chrome-mv3-e2e');

/**
 * Vitest global setup: builds the e2e variant once per run (host access to 127.0.0.1 and the bridge page; see
 * wxt.config.ts). RANDNOTIZ_E2E_PREBUILT=1 reuses an existing build, for quick reruns while writing tests.
 */
export default function buildExtension(): void {
  if (process.env.RANDNOTIZ_E2E_PREBUILT === '1' && existsSync(join(E2E_EXTENSION_DIR, 'manifest.json')))
    return;
  execFileSync(join(PROJECT_DIR, 'node_modules', '.bin', 'wxt'), ['build', '--mode', 'e2e'], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(join(E2E_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`wxt build --mode e2e produced no manifest in ${E2E_EXTENSION_DIR}`);
  }
}
