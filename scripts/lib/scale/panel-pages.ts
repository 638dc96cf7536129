import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionHarness } from '../../../tests/e2e/support/extension-harness';
import { PROBES_SCRIPT } from './page-probes';

/** About the width of Chrome's side panel, as the e2e harness uses. */
const PANEL_VIEWPORT = { width: 420, height: 900 };

/**
 * A fresh side panel page at `route`, with the probes installed before the panel's own scripts run. Returns as
 * soon as the navigation committed: what follows is what the measurement waits for.
 */
export async function openPanelPage(harness: ExtensionHarness, route: string): Promise<Page> {
  const page = await harness.context.newPage();
  page.setDefaultTimeout(0);
  await page.setViewportSize(PANEL_VIEWPORT);
  await page.addInitScript(PROBES_SCRIPT);
  await page.goto(harness.extensionUrl(`/sidepanel.html${route}`), { waitUntil: 'commit' });
  // Should the init script not have run in this page, install the probes now (long tasks then start late).
  await page.waitForFunction(() => document.readyState !== 'loading');
  if (!(await page.evaluate(() => window.scaleProbes !== undefined))) await page.evaluate(PROBES_SCRIPT);
  return page;
}

/**
 * Time (page clock) of the frame after `check(arg)` holds in the page. The check crosses as source text inside
 * one expression: extension pages forbid eval, but CDP's own evaluation is not subject to their CSP.
 */
export function waitInPage<A>(
  page: Page,
  check: (arg: A) => boolean,
  arg: A,
  timeoutMs: number,
): Promise<number> {
  return page.evaluate(
    `window.scaleProbes.waitFor(() => (${check.toString()})(${JSON.stringify(arg)}), ${timeoutMs})`,
  ) as Promise<number>;
}

/** JS heap of the page's isolate over CDP, after a full GC (with `gc`), or as it is. */
export async function heapUsed(cdp: CDPSession, gc = true): Promise<number> {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

/** Samples the heap every `everyMs` until stopped; `stop()` returns the peak seen. */
export async function sampleHeap(page: Page, everyMs = 200): Promise<{ stop: () => Promise<number> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        peak = Math.max(peak, await heapUsed(cdp, false));
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return peak;
    },
  };
}

/**
 * JS heap of the dedicated workers the extension runs (a search index may live there), after a GC in each: the
 * page's CDP session attaches to each worker target and speaks to it through Target.sendMessageToTarget.
 */
export async function workerHeaps(page: Page): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  // URL.origin is "null" for chrome-extension: URLs, so compare scheme and host by hand.
  const { protocol, host } = new URL(page.url());
  const origin = `${protocol}//${host}/`;
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const workers = targetInfos.filter((t) => t.type === 'worker' && t.url.startsWith(origin));
    const heaps: number[] = [];
    for (const worker of workers) {
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: worker.targetId,
        flatten: false,
      });
      const replies = new Map<number, (result: unknown) => void>();
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: unknown };
        if (message.id !== undefined) replies.get(message.id)?.(message.result);
      });
      const call = (id: number, method: string) =>
        new Promise<unknown>((resolve) => {
          replies.set(id, resolve);
          void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
        });
      await call(1, 'HeapProfiler.collectGarbage');
      const usage = (await call(2, 'Runtime.getHeapUsage')) as { usedSize?: number };
      heaps.push(usage.usedSize ?? Number.NaN);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    }
    return heaps;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
