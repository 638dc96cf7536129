import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clipTab, extractionTimeLimitMs } from '../../utils/clip';

type Executed = Array<{ func?: unknown; files?: string[]; args?: unknown[] }>;

function stubScripting(
  answer: (injection: Executed[number]) => Promise<unknown>,
  executed: Executed = [],
): Executed {
  fakeBrowser.scripting.executeScript = vi.fn((injection: Executed[number]) => {
    executed.push(injection);
    return answer(injection);
  }) as never;
  fakeBrowser.extension.isAllowedFileSchemeAccess = vi.fn(async () => false) as never;
  return executed;
}

describe('clipTab', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('reports a closed tab as tab-not-found without injecting', async () => {
    const executed = stubScripting(async () => []);
    expect(await clipTab(12345)).toMatchObject({ ok: false, error: { code: 'tab-not-found' } });
    expect(executed).toEqual([]);
  });

  it('blames a busy page when the page does not even answer the size probe', async () => {
    vi.useFakeTimers();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/a' });
    const executed = stubScripting(() => new Promise(() => {}));
    const pending = clipTab(tab.id!);
    await vi.advanceTimersByTimeAsync(10_000);
    const result = await pending;
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(!result.ok && result.error.message).toBe(
      'The page did not answer within 10 s: its main thread is busy',
    );
    expect(executed).toHaveLength(1);
  });

  it('gives a big page a time limit in proportion to its size, and says so when it runs out', async () => {
    vi.useFakeTimers();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/big' });
    stubScripting((injection) =>
      injection.func ? Promise.resolve([{ result: { elements: 120_000 } }]) : new Promise(() => {}),
    );
    const pending = clipTab(tab.id!);
    const limit = extractionTimeLimitMs(120_000);
    expect(limit).toBeGreaterThan(60_000);
    await vi.advanceTimersByTimeAsync(limit - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const result = await pending;
    expect(!result.ok && result.error).toEqual({
      code: 'timeout',
      message: `Extracting a page of 120000 elements did not finish within ${limit / 1000} s`,
    });
  });

  it('a big page that answers within its limit is clipped', async () => {
    vi.useFakeTimers();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/big' });
    stubScripting(async (injection) => {
      if (injection.func) return [{ result: { elements: 120_000 } }];
      await new Promise((resolve) => setTimeout(resolve, 30_000));
      return [{ result: null }];
    });
    const pending = clipTab(tab.id!);
    await vi.advanceTimersByTimeAsync(30_000);
    // The stub answers null after 30 s: that is judged as the script's answer, not as a timeout.
    expect(await pending).toMatchObject({ ok: false, error: { code: 'script-failed' } });
  });

  it('sizes the limit by element count, from the base up to a ceiling', () => {
    expect(extractionTimeLimitMs(0)).toBe(10_000);
    expect(extractionTimeLimitMs(Number.NaN)).toBe(10_000);
    expect(extractionTimeLimitMs(20_000)).toBeGreaterThan(extractionTimeLimitMs(2_000));
    expect(extractionTimeLimitMs(10_000_000)).toBe(180_000);
  });

  it('refuses a restricted URL before injecting', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://chromewebstore.google.com/detail/x' });
    const executed = stubScripting(async () => []);
    expect(await clipTab(tab.id!)).toMatchObject({ ok: false, error: { code: 'extension-store' } });
    expect(executed).toEqual([]);
  });

  it('calls a hidden URL after a user gesture a restricted page', async () => {
    const tab = await fakeBrowser.tabs.create({});
    const executed = stubScripting(async () => []);
    expect(await clipTab(tab.id!, { activeTabGranted: true })).toMatchObject({
      ok: false,
      error: { code: 'restricted-page' },
    });
    expect(executed).toEqual([]);
  });

  it('hands the full-page option to the clip script through a preceding injection', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/a' });
    const executed = stubScripting(async () => [{ result: null }]);
    await clipTab(tab.id!, { fullPage: true });
    expect(executed).toHaveLength(2);
    expect(executed[0]!.args).toEqual(['__randnotizClipOptions', { fullPage: true }]);
    expect(executed[1]!.files).toEqual(['/clip.js']);
  });

  it('maps an injection error to its code', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/a' });
    stubScripting(async () => {
      throw new Error('Frame with ID 0 is showing error page');
    });
    expect(await clipTab(tab.id!)).toMatchObject({ ok: false, error: { code: 'page-unavailable' } });
  });
});
