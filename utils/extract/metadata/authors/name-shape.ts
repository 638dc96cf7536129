import { compact } from '../title/site-suffix';
import { isNameParticleIgnoringCase } from '../../names/name-particles';

/**
 * Whether a string can be a person's (or at least an author's) name. Byline markup also holds "Mehr Beiträge",
 * "Alle Artikel anzeigen", e-mail addresses and whole sentences; those must never become authors.
 */

/**
 * Link and button texts found inside author boxes; placeholder accounts of CMSs; labels that stand where a name
 * should ("Gastautor", "Gastbeitrag", "Text", "Von"). A bare "Redaktion" is the desk
 * credited for the text: an organisation, used only when no person is named.
 */
const NOT_A_NAME =
  /^(?:\w*admin\w*|webmaster|interview|text|texte|foto|fotos|bild|bilder|photo|quelle|source|editorial|staff|gastautor(?:in)?|gastbeitrag|guest\s+(?:author|post)|verfasser(?:in)?|redakteur|redakteurin|anonym(?:ous)?|unknown|unbekannt|null|undefined|none|n\/a|gast|guest|user|benutzer|mehr|more|profil|profile|autor|autorin|author|authors|autoren|von|by|posted|alle beiträge|alle artikel|mehr beiträge|more posts|view all posts|show all|folgen|follow|kontakt|contact|e-?mail|twitter|facebook|instagram|linkedin|xing|teilen|share)$/i;

/** Words that betray a phrase rather than a name ("Mehr von", "Alle Beiträge", "Artikel", "Kommentar"). */
const PHRASE_WORDS =
  /\b(?:beiträge|beitrag|artikel|anzeigen|lesen|weiterlesen|kommentar\w*|antworten|posts?|articles?|read|more|view|follow|folgen|abonnieren|subscribe|newsletter|klicken|click|hier|here|minuten|minutes|min\.?|lesezeit|lesedauer|veröffentlicht|published|updated|aktualisiert|update|letzte|zuletzt|aktualisierung|datum|date|quelle|source|collected|autorenseite|schließen|close|autor|autorin|author)\b|^(?:über|about)\b/i;

/** A label or placeholder that is never anybody's name, person or organisation. */
export function isNonNameLabel(text: string): boolean {
  return NOT_A_NAME.test(text.trim());
}

/**
 * Articles, pronouns and the like, which follow "von"/"by" in prose ("… gemietet von der Firma", "von dem
 * Stadtteil", "by the city"): a one-word "name" of this kind is the rest of a sentence.
 */
const FUNCTION_WORD =
  /^(?:der|die|das|dem|den|des|ein|eine|einem|einen|einer|eines|diese[mnrs]?|jede[mnrs]?|allen?|anderen?|ihm|ihr|ihnen|ihrem|ihren|ihrer|seinem|seinen|seiner|uns|euch|mir|mich|dir|sich|wem|wen|hier|dort|oben|unten|the|a|an|this|that|these|those|his|her|their|our|my|your|its|him|them|us|me|whom|all|everyone|someone)$/i;

export function isPlausibleName(name: string): boolean {
  if (name.length < 2 || name.length > 70 || NOT_A_NAME.test(name) || PHRASE_WORDS.test(name)) return false;
  if (FUNCTION_WORD.test(name.trim())) return false;
  // "Vielen Dank!", "Noch Fragen?": exclamations and questions are headings, never names.
  if (!/\p{L}/u.test(name) || /[<>{}=:®™!?]|@/.test(name) || /\d{3,}/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > 6) return false;
  // "Bild 1 von 4", "Seite 2": several words with a number are a caption or a counter, not a name.
  if (words.length > 1 && /\d/.test(name)) return false;
  // A sentence ends with a full stop; a name only after an initial ("R. R.").
  if (/\p{L}{3,}\.$/u.test(name)) return false;
  // A name is capitalised words and particles ("Christoph von Ritter"); a phrase has other lower-case words.
  // Single words may be lower-case user names ("gizzmo").
  return words.length === 1 || words.every((w) => !/^\p{Ll}/u.test(w) || isNameParticleIgnoringCase(w));
}

/** Organisations, agencies and desks: valid authors only when the page names no person. */
const ORGANISATION_WORDS =
  /\b(?:redaktion|editorial|newsroom|staff|team|gmbh|ag|e\.\s?v\.?|ev|ggmbh|kg|ltd|inc|llc|verlag|verband|stiftung|institut|universität|hochschule|agentur|agency|pressestelle|presse|press|media|medien|online|news|dpa|afp|reuters|kna|epd|apa|sid|ap)\b|\.(?:de|com|at|ch|org|net)\b/i;

export function looksLikeOrganisation(name: string, siteNames: readonly string[] = []): boolean {
  const key = compact(name);
  if (
    siteNames.some(
      (site) => site && (compact(site) === key || (compact(site).startsWith(key) && key.length > 4)),
    )
  )
    return true;
  // A domain as author ("jungle.world", "Fluessiggas.de") is the site itself.
  return ORGANISATION_WORDS.test(name) || /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,12}$/iu.test(name.trim());
}
