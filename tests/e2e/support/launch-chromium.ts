import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../../scripts/lib/chromium';
import { CHROMIUM_PATH } from './paths';

/** The flags DEVELOPERS.md prescribes, plus loading exactly our unpacked extension. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    ...CHROMIUM_FLAGS,
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
  ];
}

export interface LaunchedChromium {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Starts Debian's Chromium (never a downloaded browser) with a throw-away profile and the extension loaded.
 * New headless mode runs extensions and their service workers.
 */
export interface LaunchOptions {
  headless?: boolean;
  /**
   * The browser's UI language, e.g. 'de-DE': what `browser.i18n` picks messages for. Linux Chromium reads it from
   * the LANGUAGE environment variable; `--lang` is passed as well for other platforms.
   */
  uiLanguage?: string;
}

export async function launchChromiumWithExtension(
  extensionDir: string,
  { headless = true, uiLanguage }: LaunchOptions = {},
): Promise<LaunchedChromium> {
  const profileDir = mkdtempSync(join(tmpdir(), 'randnotiz-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless,
    args: [...chromiumArgs(extensionDir), ...(uiLanguage ? [`--lang=${uiLanguage}`] : [])],
    ...(uiLanguage
      ? {
          locale: uiLanguage,
          env: {
            ...process.env,
            LANGUAGE: uiLanguage.replace('-', '_'),
            LANG: `${uiLanguage.replace('-', '_')}.UTF-8`,
          },
        }
      : {}),
    viewport: { width: 1280, height: 900 },
  });
  try {
    const worker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    return {
      context,
      extensionId: extensionIdOf(worker),
      async close() {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

export function extensionIdOf(worker: Worker): string {
  return new URL(worker.url()).host;
}
