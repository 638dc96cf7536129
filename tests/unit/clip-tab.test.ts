import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clipTab } from '../../utils/clip';

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

  it('answers timeout when the page never answers', async () => {
    vi.useFakeTimers();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/a' });
    stubScripting(() => new Promise(() => {}));
    const pending = clipTab(tab.id!, { timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'timeout' } });
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
    expect(executed[1]!.files).toEqual(['/content-scripts/clip.js']);
  });

  it('maps an injection error to its code', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.org/a' });
    stubScripting(async () => {
      throw new Error('Frame with ID 0 is showing error page');
    });
    expect(await clipTab(tab.id!)).toMatchObject({ ok: false, error: { code: 'page-unavailable' } });
  });
});
