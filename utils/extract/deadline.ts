import { ExtractionTimeout } from './types';

/**
 * A cooperative watchdog: Readability and our own loops run synchronously on the page's thread, where no
 * timer can interrupt them, so the long loops call `check()` and abort with ExtractionTimeout once time is up.
 */
export interface Deadline {
  check(): void;
  expired(): boolean;
}

export function createDeadline(ms: number, now: () => number = () => performance.now()): Deadline {
  const end = now() + ms;
  return {
    expired: () => now() > end,
    check() {
      if (now() > end) throw new ExtractionTimeout();
    },
  };
}

export const NO_DEADLINE: Deadline = { check() {}, expired: () => false };
