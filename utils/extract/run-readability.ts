import { Readability } from '@mozilla/readability';
import type { Deadline } from './deadline';

export interface ReadabilityOutput {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  content: Element | null;
}

/** Readability's private tree walkers: patching them makes each walk step count against the step budget. */
type WalkerName = '_getNextNode' | '_removeAndGetNext' | '_cleanConditionally' | '_grabArticle';
type Walkable = Record<WalkerName, (...args: unknown[]) => unknown>;

/**
 * Runs Readability on `doc` (which it mutates) and returns its content as an element, not a string, so the
 * sanitiser can take the tree without a serialise/parse round trip.
 */
export function runReadability(doc: Document, deadline: Deadline): ReadabilityOutput {
  const reader = new Readability(doc, {
    charThreshold: 400,
    keepClasses: true,
    serializer: (el: Node) => el,
  } as ConstructorParameters<typeof Readability>[1]);
  const walkable = reader as unknown as Walkable;
  for (const name of ['_getNextNode', '_removeAndGetNext', '_cleanConditionally', '_grabArticle'] as const) {
    const original = walkable[name];
    if (typeof original !== 'function') continue;
    walkable[name] = function (this: unknown, ...args: unknown[]) {
      deadline.check();
      return original.apply(this, args);
    };
  }
  const result = reader.parse() as unknown as {
    title?: string | null;
    byline?: string | null;
    excerpt?: string | null;
    siteName?: string | null;
    lang?: string | null;
    publishedTime?: string | null;
    content?: Element | null;
  } | null;
  return {
    title: result?.title ?? null,
    byline: result?.byline ?? null,
    excerpt: result?.excerpt ?? null,
    siteName: result?.siteName ?? null,
    lang: result?.lang ?? null,
    publishedTime: result?.publishedTime ?? null,
    content: result?.content ?? null,
  };
}
