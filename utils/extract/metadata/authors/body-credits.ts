/**
 * Credits inside the article text itself, for pages without any byline markup: a signature closing the text
 * ("<p><b>Stefan Wasmer</b></p>", "Text: Anna Schmidt") and the agency dateline opening a news item
 * ("Hamburg (dpa/lno) – …").
 */
import { namesFromByline } from './byline-text';
import { inBioBox, inNonArticleZone, spacedText, type PageFrame } from './page-zones';
import { elementsByTag } from '../../elements-by-tag';

const MAX_SIGNATURE = 60;
/** A paragraph this long is prose; a signature follows the last one. */
const PROSE = 100;
const MAX_PARAGRAPHS = 3000;

/** The name signed under the text: a short last paragraph after prose, holding only a full name. */
export function signatureAuthors(doc: Document, { headline, scope }: PageFrame): string[] {
  const root = scope ?? doc.body;
  if (!root) return [];
  const paragraphs = elementsByTag(root, 'p').slice(0, MAX_PARAGRAPHS);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    const text = spacedText(p, MAX_SIGNATURE + 20);
    if (text.length < 4 || text.length > MAX_SIGNATURE || !closesProse(p)) continue;
    if (inNonArticleZone(p, headline) || inBioBox(p)) continue;
    if (!looksSigned(text) || linkText(p) > text.length / 2) continue;
    const names = namesFromByline(text);
    const leftover = text.length - names.join(' ').length;
    if (names.length && names.every(isFullName) && (leftover <= 12 || SIGNED_ROLE.test(text))) return names;
  }
  return [];
}

/** A signature may end with the signer's office: "Anna Schmidt, Geschäftsführerin", "… DITIB-Bundesvorsitzender". */
const SIGNED_ROLE =
  /[\s,]+[\p{L}-]*(?:vorsitzende[r]?|leiter(?:in)?|sprecher(?:in)?|geschäftsführer(?:in)?|präsident(?:in)?|direktor(?:in)?|referent(?:in)?|beauftragte[r]?|vorstand)$/iu;

/** Closing words, link rows ("Zur Übersicht") and photo credits ("MSG/Violetta Belaev") are not signatures. */
function looksSigned(text: string): boolean {
  return !/[!?,/:]/.test(text.replace(/^\s*(?:text|von|autor(?:in)?)\s*:/i, ''));
}

function linkText(p: Element): number {
  let length = 0;
  for (const a of elementsByTag(p, 'a')) length += (a.textContent ?? '').trim().length;
  return length;
}

/** Capitalised German and English words that open a phrase, never a name ("Weitere Rezensionen", "Das Team"). */
const PHRASE_OPENER =
  /^(?:der|die|das|den|dem|des|ein|eine|zur|zum|mit|und|alle|weitere|unser|unsere|ihr|ihre|mein|meine|viele|liebe|herzliche|beste|guten|good|thanks|danke|the|our|your|all|more|mehr|zurück|jetzt)$/i;
/** Lower-case words that belong inside a name ("Christoph von Ritter"). */
const PARTICLE = /^(?:von|van|vom|zu|de|di|da|del|della|le|la|ten|ter)$/;

/** First and last name (initials and particles allowed): a lone word could be a greeting or a heading. */
export function isFullName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every(
    (word) =>
      PARTICLE.test(word) ||
      (!PHRASE_OPENER.test(word) && /^\p{Lu}(?:[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*|\.)$/u.test(word)),
  );
}

/** Whether the paragraph comes straight after a prose paragraph and nothing but short text follows it. */
function closesProse(p: Element): boolean {
  let prose = false;
  // A book's details or a date may sit between the last prose paragraph and the signature.
  for (let previous = p.previousElementSibling, i = 0; previous && i < 3 && !prose; i++) {
    prose = (previous.textContent ?? '').length >= PROSE;
    previous = previous.previousElementSibling;
  }
  if (!prose) return false;
  for (let next = p.nextElementSibling; next; next = next.nextElementSibling)
    if ((next.textContent ?? '').trim().length > PROSE) return false;
  return true;
}

/** News agencies and press services that open a report with a dateline "Ort (dpa) –". */
const DATELINE =
  /^\s*\p{Lu}[\p{L}.\- /]{1,40}\s*\(((?:dpa|afp|ap|epd|kna|apa|sid|reuters|dts|kap|kathpress|idea|sda|ddp|dapd|ots|ots\.at)(?:\/[\p{L}]{1,6})*)\)\s*[-–—.:]/iu;

/** The agency named in the dateline of the article's first prose paragraph. */
export function datelineAgency(doc: Document, { headline, scope }: PageFrame): string[] {
  const root = scope ?? doc.body;
  if (!root) return [];
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0, checked = 0; i < paragraphs.length && checked < 3; i++) {
    const p = paragraphs[i]!;
    const text = spacedText(p, 120);
    if (text.length < 60 || inNonArticleZone(p, headline)) continue;
    checked++;
    const agency = DATELINE.exec(text)?.[1];
    if (agency) return [agency];
  }
  return [];
}
