/**
 * A meta line that gives the date, then the writer, with no "von" in between: "04.02.2022 | 13:10 Uhr | Uta
 * Helkenberg", "25.10.2022 - Reiner Nagel", "3. März 2021 · Anna Schmidt". Only short lines in the article's
 * header count, and only full names, so a dated teaser or a caption never yields an author.
 */
import { isFullName } from './body-credits';
import { namesFromByline } from './byline-text';
import { inNonArticleZone, spacedText, type PageFrame } from './page-zones';
import { elementsByTag } from '../../elements-by-tag';

const MONTH_WORD = String.raw`(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\p{L}*\.?`;
const DATE = String.raw`(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+${MONTH_WORD}\s+\d{4}|\d{4}-\d\d-\d\d)`;
const TIME = String.raw`(?:\s*[|·•,–—-]?\s*\d{1,2}[:.]\d\d(?:\s*uhr)?)?`;
const DATE_THEN_NAME = new RegExp(String.raw`^\s*${DATE}${TIME}\s*[|·•–—-]\s*(\S.{2,60})$`, 'iu');
const MAX_LINE = 90;
/** Elements looked at after the headline: the header's meta lines come right after it. */
const MAX_FOLLOWING = 40;

/** "04.02.2022 | <a href="/kategorie/soziale-arbeit">Soziale Arbeit</a>": a section, shaped like a name. */
function linksToSection(el: Element): boolean {
  return elementsByTag(el, 'a').some((a) =>
    /\/(?:kategorie|category|categories|tags?|thema|themen|rubrik|ressort|topics?|section)\//i.test(
      a.getAttribute('href') ?? '',
    ),
  );
}

export function datedBylineAuthors(doc: Document, frame: PageFrame): string[] {
  const { headline } = frame;
  if (!headline) return [];
  for (const el of headerElements(doc, frame)) {
    const text = spacedText(el, MAX_LINE + 10);
    if (text.length > MAX_LINE || el.children.length > 3) continue;
    const name = DATE_THEN_NAME.exec(text)?.[1];
    if (!name || inNonArticleZone(el, headline) || linksToSection(el)) continue;
    const names = namesFromByline(name);
    if (names.length && names.every(isFullName)) return names;
  }
  return [];
}

/** A kicker line just above the headline, then a bounded number of elements after it, in document order. */
function headerElements(doc: Document, { headline, scope }: PageFrame): Element[] {
  if (!headline) return [];
  const found: Element[] = [];
  for (let el = headline.previousElementSibling, i = 0; el && i < 3; el = el.previousElementSibling, i++)
    found.push(el);
  const root = scope ?? headline.parentElement?.parentElement ?? doc.body;
  if (!root) return found;
  // 1 = NodeFilter.SHOW_ELEMENT (no globals: the clone may have no window).
  const walker = doc.createTreeWalker(root, 1);
  let after = false;
  for (let node = walker.nextNode(); node && found.length < MAX_FOLLOWING; node = walker.nextNode()) {
    const el = node as Element;
    if (el === headline) after = true;
    else if (after && !headline.contains(el)) found.push(el);
  }
  return found;
}
