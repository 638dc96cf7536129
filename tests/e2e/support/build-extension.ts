import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR } from './paths';

/** Where `wxt build --mode e2e` writes the unpacked extension the suite loads. */
export const E2E_EXTENSION_DIR = join(PROJECT_DIR, '.output', 'chrome-mv3-e2e');

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

/**
 * A copy of the e2e build in a temporary directory whose manifest lacks `unlimitedStorage`, for the test that fills
 * the quota: Chromium enforces no quota (not even a DevTools override) on an origin with unlimited storage. Nothing
 * else differs, so this needs no second build. `remove` deletes the copy.
 */
export function copyWithoutUnlimitedStorage(): { dir: string; remove: () => void } {
  const manifestPath = (dir: string) => join(dir, 'manifest.json');
  if (!existsSync(manifestPath(E2E_EXTENSION_DIR))) {
    throw new Error(`No e2e build in ${E2E_EXTENSION_DIR}; the e2e global setup builds it`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'randnotiz-e2e-limited-storage-'));
  cpSync(E2E_EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(manifestPath(dir), 'utf8')) as { permissions?: string[] };
  if (!manifest.permissions?.includes('unlimitedStorage')) {
    throw new Error(
      'The e2e manifest no longer asks for unlimitedStorage; the quota test needs another way in',
    );
  }
  manifest.permissions = manifest.permissions.filter((permission) => permission !== 'unlimitedStorage');
  writeFileSync(manifestPath(dir), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
