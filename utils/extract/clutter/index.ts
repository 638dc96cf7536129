import type { Deadline } from '../deadline';
import { preserveQuoteAttributions } from './quote-attribution';
import { sweep } from './sweep';

/**
 * Removes page furniture (navigation, share bars, comments, consent boxes …) before Readability runs, so its
 * scoring sees the article and not the furniture around it.
 */
export function removeClutter(doc: Document, deadline: Deadline): void {
  deadline.check();
  if (!doc.body) return;
  preserveQuoteAttributions(doc.body);
  sweep(doc.body, deadline);
}

/**
 * Removes what survives inside the chosen content (share rows, "Lesen Sie auch" boxes, byline lines …): the same
 * rules, now on a region where every leftover box stands out against the article.
 */
export function cleanArticleContent(root: Element, deadline: Deadline): void {
  deadline.check();
  sweep(root, deadline);
}
