/**
 * A press release is authored by the organisation that issues it ("Pressemitteilung des Paritätischen"): when no
 * person signs it, the publisher is the author a citation needs, not "anonymous". Recognised by its address
 * (".../presse/...", ".../pressemitteilungen/...") or by a "Pressemitteilung" label at the top of the article.
 */
import { ldText, type LdNode } from '../json-ld';

const PRESS_PATH =
  /\/(?:presse|press|pressemitteilung(?:en)?|pressemeldung(?:en)?|presseinformation(?:en)?|medienmitteilung(?:en)?|medieninformation(?:en)?|press-?releases?|pressreleases?|news-?releases?|newsroom|pm)(?:[/_.-]|$)/i;
const PRESS_LABEL =
  /\b(?:pressemitteilung|pressemeldung|presseinformation|presseerklärung|medienmitteilung|medieninformation|press\s+release|news\s+release)\b/i;

function pageAddresses(doc: Document): string[] {
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return [doc.baseURI, canonical, og].filter((value): value is string => Boolean(value));
}

function addressPath(address: string): string {
  try {
    return new URL(address).pathname;
  } catch {
    return '';
  }
}

/** The text a reader sees above and around the headline: kicker, title, the first lines of the article. */
function headText(doc: Document): string {
  const parts = [
    doc.title ?? '',
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '',
  ];
  const around = doc.querySelector('h1')?.parentElement;
  if (around) parts.push(spacedStart(around, 400));
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The element's first characters with a space between text nodes, so "<h1>Titel</h1><p>Pressemitteilung" parts. */
function spacedStart(el: Element, limit: number): string {
  // 4 = NodeFilter.SHOW_TEXT; the global is missing in workers and some test environments.
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode())
    text += ` ${node.nodeValue ?? ''}`;
  return text;
}

const known = new WeakMap<Document, boolean>();

/** Whether the page is a press release; remembered per document, since every press-contact test asks. */
export function isPressRelease(doc: Document): boolean {
  let answer = known.get(doc);
  if (answer === undefined) {
    answer =
      pageAddresses(doc).some((address) => PRESS_PATH.test(addressPath(address))) ||
      PRESS_LABEL.test(headText(doc));
    known.set(doc, answer);
  }
  return answer;
}

/** The issuing organisation: JSON-LD publisher, else the site's own name. */
export function pressReleaseIssuer(
  main: LdNode | undefined,
  siteName: string | null | undefined,
): string | null {
  const publisher = ldText(main?.['publisher'])?.trim();
  return publisher || siteName?.trim() || null;
}
