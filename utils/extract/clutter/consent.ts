import type { TextLengths } from './text-lengths';

/**
 * Cookie banners and two-click placeholders for embedded videos, recognised by what they ask of the reader when
 * their markup is anonymous. Both are short boxes that name cookies / an external service AND ask for consent;
 * an article about cookies is long and asks for nothing.
 */
const COOKIE_TOPIC =
  /\bcookies?\b|tracking|datenschutzeinstellungen|privatsphäre-?einstellungen|privacy settings/i;
const CONSENT_ASK =
  /akzeptier|zustimm|stimme\w* zu|einverstanden|einwillig|ablehnen|accept|agree|consent|allow all|alle erlauben|erlauben|auswahl bestätigen|nur (?:essenzielle|notwendige)|speichern & schließen|verwendet cookies|verwenden cookies|setzen cookies|nutzt cookies|uses cookies|use cookies/i;
/** Placeholders ask for one concrete click ("Video laden", "Mit dem Abspielen des Videos …") … */
const EMBED_ASK =
  /\b(?:mit dem|beim) (?:laden|abspielen|aktivieren|anzeigen|klick\w*|anklicken) (?:des|der|dieses|dieser|von)\b|\b(?:video|videos|inhalt|inhalte|karte|content|tweet|beitrag|podcast|audio|externe inhalte) (?:laden|abspielen|anzeigen|aktivieren|entsperren|nachladen|freischalten)\b|\b(?:load|play|show|unblock|enable) (?:the )?(?:video|content|map|tweet|podcast|external content)\b|(?:klick|click)\w* (?:hier |on |auf )?.{0,40}?(?:laden|abspielen|load|play|aktivier)|immer entsperren|always unblock|always allow|inhalte? (?:von|aus) (?:youtube|vimeo|twitter|instagram|google)/i;
/** … and say why it is needed: data goes to a third party. */
const EMBED_PRIVACY =
  /datenschutz|privacy|übermittel|übertragen|drittanbieter|third[- ]party|zustimm|einwillig|akzeptier|consent|daten an|youtube|vimeo/i;

export const CONSENT_BOX_LIMIT = 1500;

export function isConsentText(text: string): boolean {
  if (text.length > CONSENT_BOX_LIMIT) return false;
  if (COOKIE_TOPIC.test(text) && CONSENT_ASK.test(text)) return true;
  return text.length <= 600 && EMBED_ASK.test(text) && EMBED_PRIVACY.test(text);
}

/**
 * The outermost short box around a consent text, so buttons and headings go with it; climbing stops before the
 * article or anything with real prose.
 */
export function consentBoxAround(el: Element, root: Element, lengths: TextLengths): Element {
  let box = el;
  for (let depth = 0; depth < 6; depth++) {
    const parent = box.parentElement;
    if (!parent || parent === root || /^(?:BODY|MAIN|ARTICLE)$/.test(parent.tagName)) break;
    if (lengths.text(parent) > Math.min(CONSENT_BOX_LIMIT, lengths.text(box) + 400)) break;
    if (parent.querySelector('h1')) break;
    box = parent;
  }
  return box;
}
