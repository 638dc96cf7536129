/**
 * Photo credits: "Foto: Sascha Klahn", "AFP / Marco Bertorello", "Quelle: jorisvo / Fotolia.com". The caption
 * says something about the picture and stays; a line that is nothing but the credit names who sold the picture.
 * Only called on short line elements, so these few tests run on a small part of the page.
 */
export const CREDIT_LIMIT = 100;

/** A label that announces a credit; "Quelle:" alone is too often a real source line, so it is not one. */
const CREDIT_PREFIX =
  /^(?:©|\(c\)\s|copyright\b|(?:titel|beitrags|header)?(?:foto|fotos|bild|bilder|bildquelle|bildnachweis|bildrechte|fotonachweis|fotograf|fotografie|photo|photos|image|images|picture|pictures|credit|credits|photo credit|image credit)\s*(?::|©|\(c\))|(?:foto|bild|photo|image)s?\s+(?:©|by)\s)/i;

/** Picture agencies and stock libraries: a short line naming one (with nothing said) is a credit. */
const AGENCY =
  /(?<![a-z0-9])(?:getty ?images|afp|dpa|reuters|imago(?: images)?|istock(?:photo)?(?:\.com)?|shutterstock(?:\.com)?|fotolia(?:\.com)?|adobe ?stock|stock\.adobe\.com|picture[- ]alliance|unsplash|pixabay|pexels|keystone|epa|apa|wenn\.com|depositphotos|123rf|ap photo)(?![a-z0-9])/i;

/** "FEI/Christophe Taniere", "Bundesrat | Frank Bräuer": two short names around a slash, no sentence. */
const SLASH_CREDIT = /^[^.!?:;,/|]{2,45}\s?[/|]\s?[^!?:;,/|]{2,45}$/;

/** Where a bare "Name / Name" is a credit rather than, say, "Hamburg/Berlin" in a list. */
const PICTURE_BOX =
  /(?<![a-z])(?:figure|figcaption|caption|credit|copyright|bildnachweis|bildunterschrift|image|img|photo|foto|media|picture|bild)/i;

export function isCreditLine(text: string, el: Element): boolean {
  if (text.length > CREDIT_LIMIT || /[.!?]\s+\p{Lu}/u.test(text)) return false;
  const words = text.split(/\s+/).length;
  const prefix = CREDIT_PREFIX.exec(text);
  if (prefix) return namesOnly(text.slice(prefix[0].length));
  if (words <= 7 && AGENCY.test(text) && !/[.!?]$/.test(text)) return true;
  if (words <= 6 && /^quelle:/i.test(text) && /[/|]/.test(text)) return true;
  return words <= 6 && SLASH_CREDIT.test(text) && inPictureBox(el);
}

/**
 * "Foto: Sascha Klahn" is a credit, "Foto: Jugendhaus am Lindenplatz" a caption: a credit names people or
 * agencies (capitalised words, slashes), a caption describes and so has lower-case words.
 */
function namesOnly(rest: string): boolean {
  const words = rest.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 6) return false;
  if (/[/|©]/.test(rest) || AGENCY.test(rest)) return true;
  return words.every((word) => !/^\p{Ll}/u.test(word));
}

function inPictureBox(el: Element): boolean {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.tagName === 'FIGURE' || node.tagName === 'FIGCAPTION') return true;
    if (PICTURE_BOX.test(node.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * "… gesegnet. | © Augusta National/Getty Images": a credit glued to the end of a caption's own text. Only the
 * © sign counts here: a trailing "(c) …" is as often a caption's own enumeration.
 */
const TRAILING_CREDIT = /\s*(?:\|\s*)?©\s*[^.!?©]{2,60}$/;

/**
 * Cuts a trailing "© …" credit off the last text of a short caption-like block, keeping the caption. The
 * caption's own text must be there (in this text node or an element before it), or the whole line is a credit
 * and goes elsewhere.
 */
export function trimTrailingCredit(el: Element): void {
  const last = el.lastChild;
  if (!last || last.nodeType !== 3) return;
  const value = last.nodeValue ?? '';
  if (!value.includes('©')) return;
  const match = TRAILING_CREDIT.exec(value);
  if (!match) return;
  const before = value.slice(0, match.index);
  if (el.firstChild === last && !/\S/.test(before)) return;
  last.nodeValue = before;
}
