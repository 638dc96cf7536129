import { elementsByTag } from '../../elements-by-tag';
/**
 * The visible headline(s) of the page: <h1> elements outside navigation and sidebars, then headline markup
 * (itemprop=headline, entry-title), since some themes use <h1> for the logo and <h2> for the article.
 */
const SKIP_ZONE =
  /(?:^|[\s_-])(?:logo|brand|site-?title|site-?name|masthead|navbar|nav|menu|sidebar|widget|footer|teaser|related|comments?)(?:$|[\s_-])/i;
const HEADLINE_MARKUP =
  /(?:^|[\s_-])(?:entry-?title|post-?title|posttitle|article-?title|headline|page-?title|title)(?:$|[\s_-])/i;
/** A kicker ("Dachzeile") above or inside the headline names the topic, not the title: "Klimaschutz: …". */
const KICKER =
  /kicker|dachzeile|overline|topline|roofline|eyebrow|super-?title|spitzmarke|label|rubrik|visually-?hidden|sr-only|screen-reader/i;

export function headlineCandidates(doc: Document): string[] {
  const out: string[] = [];
  const push = (text: string) => {
    if (text.length >= 3 && text.length <= 300 && !out.includes(text)) out.push(text);
  };
  const add = (el: Element) => {
    if (inSkippedZone(el)) return;
    const withoutKicker = textWithout(el, KICKER);
    push(withoutKicker);
    push(textWithout(el, null));
  };
  for (const h1 of elementsByTag(doc, 'h1').slice(0, 6)) add(h1);
  for (const h of Array.from(doc.querySelectorAll('[itemprop="headline"], h2')).slice(0, 30)) {
    if (h.getAttribute('itemprop') === 'headline' || HEADLINE_MARKUP.test(h.getAttribute('class') ?? ''))
      add(h);
  }
  return out;
}

/** Text with spaces between child elements (spans glue otherwise) and without the parts whose class matches. */
function textWithout(el: Element, skip: RegExp | null): string {
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (child !== el && skip && skip.test(child.getAttribute('class') ?? '')) return;
      const block = /^(?:DIV|P|SPAN|BR|SMALL)$/i.test(child.tagName);
      if (block) out += ' ';
      for (let c = child.firstChild; c; c = c.nextSibling) walk(c);
      if (block) out += ' ';
    }
  };
  walk(el);
  return out
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s:|–—-]+/, '')
    .trim();
}

function inSkippedZone(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER') return true;
    if (SKIP_ZONE.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/** How many plain <h2> a page may have before its first ones are teaser titles rather than the article's. */
const MAX_SUBHEADINGS = 3;

/** Plain <h2> texts outside navigation and sidebars, for pages whose theme has no <h1> for the article. */
export function subheadings(doc: Document): string[] {
  if (elementsByTag(doc, 'h1').some((h1) => !inSkippedZone(h1) && textWithout(h1, null).length >= 3))
    return [];
  return elementsByTag(doc, 'h2')
    .filter((h2) => !inSkippedZone(h2))
    .slice(0, MAX_SUBHEADINGS)
    .map((h2) => textWithout(h2, KICKER))
    .filter((text) => text.length >= 3 && text.length <= 300);
}
