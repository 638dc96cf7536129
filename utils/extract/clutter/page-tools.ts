import type { TextLengths } from './text-lengths';

/**
 * Controls that act on the page rather than say something: print / PDF / "Vorlesen", font size, skip links,
 * "Nach oben", "Zurück zur Übersicht". Judged by the control's whole label, never by a word inside a sentence.
 */
const TOOL_LABEL =
  /^(?:(?:artikel|seite|beitrag|text)\s+)?(?:drucken|ausdrucken|druckversion|druckansicht|print(?:\s+(?:this\s+)?(?:article|page|story))?|printversion|pdf|als pdf(?:\s+(?:speichern|herunterladen|anzeigen))?|pdf (?:erstellen|herunterladen|download|öffnen)|download pdf|save as pdf|vorlesen|artikel vorlesen|anhören|artikel anhören|listen(?: to this article)?|merken|artikel merken|speichern|bookmark|schriftgröße|schrift (?:vergrößern|verkleinern)|a\+|a-|a\+\s*a-|leichte sprache|gebärdensprache|per e-?mail (?:senden|versenden|empfehlen|teilen)|e-?mail senden|seite empfehlen|artikel versenden|feedback|fehler melden|lade weitere (?:inhalte|artikel|beiträge)|(?:weitere|mehr) (?:inhalte|artikel|beiträge|kommentare|ergebnisse)? ?(?:laden|anzeigen)|mehr laden|load more|show more|bild (?:anzeigen|vergrößern)|(?:zum )?vergrößern(?: (?:auf das bild )?klicken)?|click to enlarge|send (?:by )?e-?mail|email this)$/i;

const NAVIGATION_LABEL =
  /^(?:(?:direkt\s+)?(?:zum|zur|zu den)\s+(?:haupt)?(?:inhalt|navigation|hauptnavigation|suche|menü|seitenanfang|footer|fußzeile)(?:\s+springen)?|(?:zum\s+)?seitenanfang|(?:haupt)?navigation\s+(?:überspringen|umschalten|öffnen|schließen)|menü\s+(?:öffnen|schließen)|springe? zu(?:m)?\s+\S+|skip(?:\s+to)?\s+(?:main\s+)?(?:content|navigation|main)|jump to (?:content|navigation)|nach oben|back to top|to top|top|zurück|zurück zur (?:übersicht|liste|listenansicht|startseite)|zurück zu allen \S+|back to (?:overview|list|all \S+)|alle (?:meldungen|beiträge|artikel|news)|weiterlesen|mehr lesen|read more|continue reading|mehr erfahren|zur übersicht)(?:\s*[…›»>→↑]+)?$/i;

const AD_LABEL =
  /^(?:anzeige|werbung|advertisement|advertising|ad|ads|sponsored|gesponsert|promotion|sponsored content|paid content|-\s*anzeige\s*-|publireportage)$/i;

/**
 * The site's own advertising or affiliate notice ("Bei den Verlinkungen handelt es sich um Affiliate-Links",
 * "Für Links auf dieser Seite erhält X ggf. eine Provision", "*Werbung. Dieser Beitrag enthält Werbung für …").
 * Worded as the site speaking about its links or post, so a sentence *about* affiliate marketing stays.
 */
const DISCLOSURE =
  /^\*?\s*(?:werbung|anzeige)\s*[.:|–-]|(?:erhalten|bekommen|verdienen) wir\b.{0,60}\b(?:provision|vergütung)|\b(?:links?|käufen?|einkäufen?|bestellungen)\b.{0,60}\b(?:erhält|erhalten|bekommt|bekommen)\b.{0,40}\b(?:provision|vergütung)|handelt es sich (?:\S+\s+){0,2}um (?:sogenannte |so genannte )?(?:affiliate|provisions|partner|werbe)-?\s?links|(?:dieser|der|unser) (?:beitrag|artikel|post|text) enthält (?:\S+\s+)?(?:werbung|affiliate|werbelinks|provisionslinks)/i;
export const DISCLOSURE_LIMIT = 300;

export function isDisclosureLine(text: string): boolean {
  return text.length <= DISCLOSURE_LIMIT && DISCLOSURE.test(text);
}

export function isToolLabel(text: string): boolean {
  return text.length <= 45 && TOOL_LABEL.test(text.replace(/[\s:.…]+$/, ''));
}

export function isNavigationLabel(text: string): boolean {
  return text.length <= 60 && NAVIGATION_LABEL.test(text);
}

export function isAdLabel(text: string): boolean {
  return text.length <= 30 && AD_LABEL.test(text);
}

/**
 * An "Anzeige" label marks a slot: take the label's ancestors while they hold nothing but the label and the
 * (usually empty, script-filled) slot, so the whole ad box goes.
 */
export function adSlotAround(label: Element, root: Element, lengths: TextLengths): Element {
  const own = lengths.text(label);
  let slot = label;
  for (let depth = 0; depth < 4; depth++) {
    const parent = slot.parentElement;
    if (!parent || parent === root || /^(?:BODY|MAIN|ARTICLE|P)$/.test(parent.tagName)) break;
    if (lengths.text(parent) > own + 150 || parent.querySelector('h1, h2, table')) break;
    slot = parent;
  }
  return slot;
}
