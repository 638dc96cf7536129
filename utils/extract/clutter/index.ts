import type { Deadline } from '../deadline';

/** Removes page furniture (navigation, share bars, comments, consent boxes …) before Readability runs. */
export function removeClutter(doc: Document, deadline: Deadline): void {
  deadline.check();
  for (const el of Array.from(doc.querySelectorAll('nav, #comments, .comments, [role="navigation"]'))) el.remove();
}

/** Removes what survives Readability inside the article (share rows, "Lesen Sie auch" boxes …). */
export function cleanArticleContent(root: Element, deadline: Deadline): void {
  deadline.check();
  void root;
}
