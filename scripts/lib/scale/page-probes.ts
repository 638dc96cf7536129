/**
 * What bench:scale runs inside the side panel page, installed as an init script before the panel's own code so
 * that long tasks are observed from the first one. It only reads the DOM through stable hooks (row elements carry
 * `data-article-id`, the search field is `#library-search` or the page's search box, the count is
 * `[data-testid="library-summary"]`), so list, search and virtualisation changes do not break it.
 *
 * Times are `performance.now()` of the page (0 = navigation start), taken at the frame after the DOM showed what
 * was waited for, i.e. when the person could see it.
 */
export interface ScaleProbes {
  longTasks: { start: number; duration: number }[];
  /** Uncaught errors of the page, so a crashed panel fails the step at once instead of at its time limit. */
  errors: string[];
  rowIds(): string[];
  summaryNumber(): number | null;
  /** Resolves with the time of the frame after `check` first holds; rejects after `timeoutMs`. */
  waitFor(check: () => boolean, timeoutMs: number): Promise<number>;
  typeSearch(text: string): number;
  chooseOption(selector: string, value: string): number;
  click(selector: string): number | null;
  /** True when the first rows shown are `ids` in that order (as many of them as are shown, up to `depth`). */
  rowsStartWith(ids: readonly string[], depth: number): boolean;
  /** True when the first `depth` rows shown (at least one) are all in `ids`. */
  rowsWithin(ids: readonly string[], depth: number): boolean;
}

declare global {
  interface Window {
    scaleProbes?: ScaleProbes;
  }
}

/** Self-contained: serialised with toString() and run in the page, so it may use nothing from this module. */
export function installProbes(): void {
  if (window.scaleProbes) return;
  const longTasks: { start: number; duration: number }[] = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the figures say so (an empty list with a finished build is reported as such).
  }
  const errors: string[] = [];
  window.addEventListener('error', (event) => errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  const rowIds = () => {
    let rows = [...document.querySelectorAll<HTMLElement>('.article-item[data-article-id]')];
    if (rows.length === 0)
      rows = [...document.querySelectorAll<HTMLElement>('main [data-article-id], #app [data-article-id]')];
    return rows.map((row) => row.dataset.articleId ?? '');
  };
  const afterFrame = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
    );
  const searchField = () =>
    document.querySelector<HTMLInputElement>('#library-search') ??
    document.querySelector<HTMLInputElement>('[role="search"] input, input[type="search"]');
  window.scaleProbes = {
    longTasks,
    errors,
    rowIds,
    summaryNumber() {
      const text = document.querySelector('[data-testid="library-summary"]')?.textContent ?? '';
      const digits = text.replace(/[^\d]/g, '');
      return digits === '' ? null : Number(digits);
    },
    waitFor(check, timeoutMs) {
      return new Promise<number>((resolve, reject) => {
        let done = false;
        const finish = (ok: boolean) => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearInterval(poll);
          clearTimeout(limit);
          if (ok) void afterFrame().then(resolve);
          else reject(new Error(`waited ${timeoutMs} ms in vain`));
        };
        let blankSince: number | null = null;
        const test = () => {
          // A panel whose app root stayed empty for 5 s after an uncaught error has crashed: say why, now.
          const blank = errors.length > 0 && document.querySelector('#app')?.childElementCount === 0;
          blankSince = blank ? (blankSince ?? performance.now()) : null;
          if (blankSince !== null && performance.now() - blankSince > 5000) {
            done = true;
            observer.disconnect();
            clearInterval(poll);
            clearTimeout(limit);
            reject(new Error(`the panel crashed: ${errors.join(' | ')}`));
            return;
          }
          try {
            if (check()) finish(true);
          } catch {
            // The DOM is mid-change; the next mutation or poll looks again.
          }
        };
        const observer = new MutationObserver(test);
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        const poll = setInterval(test, 25);
        const limit = setTimeout(() => finish(false), timeoutMs);
        test();
      });
    },
    typeSearch(text) {
      const field = searchField();
      if (!field) throw new Error('No search field in the panel');
      const started = performance.now();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      return started;
    },
    chooseOption(selector, value) {
      const select = document.querySelector<HTMLSelectElement>(selector);
      if (!select) throw new Error(`No ${selector} in the panel`);
      const started = performance.now();
      select.value = value;
      select.dispatchEvent(new Event('input', { bubbles: true }));
      select.dispatchEvent(new Event('change', { bubbles: true }));
      return started;
    },
    click(selector) {
      const target = document.querySelector<HTMLElement>(selector);
      if (!target) return null;
      const started = performance.now();
      target.click();
      return started;
    },
    rowsStartWith(ids, depth) {
      const shown = rowIds();
      const n = Math.min(depth, shown.length, ids.length);
      return n > 0 && shown.slice(0, n).every((id, i) => id === ids[i]);
    },
    rowsWithin(ids, depth) {
      const shown = rowIds().slice(0, depth);
      const wanted = new Set(ids);
      return shown.length > 0 && shown.every((id) => wanted.has(id));
    },
  };
}

/** The init script: esbuild's name helper (tsx keeps function names) and then the probes. */
export const PROBES_SCRIPT = `globalThis.__name ??= (target) => target;\n(${installProbes.toString()})();`;
