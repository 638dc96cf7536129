/**
 * Turns the raw text of a byline ("Von Anna Schmidt und Jonas Becker, 12.05.2020") into author names.
 * Bylines come from meta tags, JSON-LD and visible page text alike, so everything that is not a name is cut here:
 * the "Von"/"By"/"Autorin:" lead-in, dates, roles, photo credits, contact details.
 */
import { isOnlyAcademicTitles, stripAcademicTitles } from '../../names/academic-titles';
import { isPlausibleName } from './name-shape';

/** Lead-ins before the name. Applied repeatedly: "Veröffentlicht von: Text: Anna Schmidt". */
const LEAD_IN =
  /^(?:(?:geschrieben|verfasst|erstellt|veröffentlicht|gepostet|eingestellt|gespeichert|eingereicht|submitted|posted|written|published|reported|story|article|beitrag|artikel|ein\s+beitrag|ein\s+artikel)\s+)?(?:(?:von|by|vom|autor(?:in|en|innen|[*:_]in(?:nen)?)?|authors?|verfasser(?:in)?|texte?|interview|gastbeitrag|gastautor(?:in)?|a\s+guest\s+post\s+by|words)\s*(?::|\s)|(?:recherche|redaktion|bericht|kommentar)\s*:)\s*/i;

/** "Text & Fotos: Ivan Valetny" credits the writer too; said before the photo-credit cut can drop it. */
const TEXT_AND_PHOTOS = /^\s*(?:text|autor(?:in)?)\s*(?:&|und|\+|\/)\s*(?:fotos?|bilder?|photos?)\s*:/i;

/** An author label inside a line of labelled fields ("Datum: 03.11.2021 Autor: Peter Maahn Lesezeit: 5 min"). */
const INNER_AUTHOR_LABEL = /\s(?:autor(?:in|en|[*_]in)?|verfasser(?:in)?|text|von|by|author)\s*:\s*/i;

/** The next labelled field after the name ("… Quelle: Livenet"): names never hold a colon. */
const NEXT_FIELD = /\s*[|·•]\s*[^|·•:]{2,30}:.*$|\s[\p{L}-]{3,}\s*:(?:\s|$).*$/u;

/** A credit that is not authorship, or the next field of a meta line: everything from here on is dropped. */
const CREDIT_MARKER =
  /(?:^|[\s,;|(/])(?:bildquelle|fotoquelle|bildnachweis|fotonachweis|fotos?|bild(?:er)?|photos?|photography|fotografie|illustrations?|illustriert|grafik(?:en)?|infografik|video|kamera|quelle|source|titelbild|beitragsbild|header-?bild|image|images|credits?)\s*(?::|\bvon\b|\bby\b)|©|\(c\)|\bcopyright\b|\b(?:kategorien?|categories|category|tags?|schlagwörter|schlagworte|themen|rubrik|filed\s+under|posted\s+in|veröffentlicht\s+in)\s*:|\b(?:unsplash|pixabay|shutterstock|istock(?:photo)?|getty\s*images|adobe\s*stock|fotolia|pexels|picture[\s-]?alliance|imago(?:\s+images)?|ullstein\s?bild|sz\s+photo|dpa-?(?:zentralbild|bildfunk|fotografia)|ddp\s+images|keystone|ap\s+photo|epa(?:-efe)?|action\s+press|panthermedia|depositphotos|dreamstime|123rf|colourbox|mauritius\s+images|westend61|freepik|canva)\b/i;

/** Photo agencies and picture desks, named with a photographer around a slash. */
const PHOTO_AGENCY_CREDIT =
  /(?:^|\/\s*)(?:picture[\s-]?alliance|imago(?:\s+images)?|ullstein\s?bild|dpa-?(?:zentralbild|bildfunk)|ddp\s+images|keystone|ap\s+photo|epa(?:-efe)?|getty\s*images|action\s+press)\b|\b(?:picture[\s-]?alliance|imago(?:\s+images)?|keystone|getty\s*images|ap\s+photo)\s*$|\/\s*(?:imago|getty\s*images|keystone|epa)\b/i;

/** Footer credits of themes and hosting: "Powered by WordPress", "Theme: Graphy by Themegraphy". */
const SITE_CREDIT =
  /^(?:powered\s+by|proudly\s+powered|unterstützt\s+von|bereitgestellt\s+von|theme\b|designed?\s+by|design\s*:|built\s+with|template\s+by|hosted\s+by|gehostet|erstellt\s+mit|realisiert\s+(?:von|durch)|umsetzung\s*:|webdesign)/i;

/** Lines that name a contact person for the press, not an author. */
const CONTACT_LINE =
  /^(?:presse)?(?:kontakt|ansprechpartner(?:in)?|pressekontakt|medienkontakt|pressestelle\s*:|press\s+contact|media\s+contact|contact)\b/i;

const MONTHS =
  'jan(?:uar|uary)?|feb(?:ruar|ruary)?|mär(?:z)?|mar(?:ch)?|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?';

/** Where a date, time or "updated" note starts: the name ends before it. */
const TRAILING_DATE = new RegExp(
  String.raw`(?:^|\s*[,|·•–—-]?\s*)(?:\b(?:am|on|vom|at|den|veröffentlicht|aktualisiert|updated|published|stand|zuletzt)\b\s*:?\s*)?(?:\d{1,2}\.\s?\d{1,2}\.|\d{1,2}\.?\s+(?:${MONTHS})\b|\b(?:${MONTHS})\.?\s+\d|\d{4}-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d\d|\b(?:vor|before)\s+(?:\d|einem|einer|zwei|drei)|\b(?:heute|gestern|today|yesterday)\b|\b(?:aktualisiert|updated|veröffentlicht|published)\b|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)`,
  'i',
);

/** Reading-time and similar tails that share the byline line. */
const TRAILING_NOTE =
  /\s*[,|·•–—-]?\s*\b(?:lesedauer|lesezeit|reading\s+time|min(?:uten)?\.?\s+lesezeit|\d+\s+min|kommentare?|comments?|teilen|share)\b.*$/i;

/** The profile link after the name in an author box: "Martin Junker Alles von Martin Junker". */
const PROFILE_LINK = /\s+(?:alle[s]?|mehr|more|all)\s+(?:\p{L}+\s+)?(?:von|from|by)\b.*$/iu;

/**
 * "Von Anna Schmidt, Berlin", "Jonas Becker, Caritas": one capitalised word after a full name and a comma at the
 * end of a byline is where it was written or whom the writer works for, not a second author. A single word before
 * the comma ("Schmidt, Anna") is a name written family first and stays whole.
 */
const DATELINE_PLACE = /(\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)\s*,\s*\p{Lu}\p{Ll}{2,}\.?\s*$/u;

/** Separators between several authors; commas too, since roles after a comma are filtered as non-names. */
const SPLIT =
  /\s*(?:;|,|&|\+|\||·|•|\bund\b|\band\b|\bsowie\b|\bu\.(?=\s)|\bim\s+(?:gespräch|interview)\s+mit\b|\bin\s+conversation\s+with\b)\s*/i;

/** A segment that is a job title, not a name ("Redakteurin", "Freie Journalistin", "Staff Writer"). */
const ROLE =
  /^(?:freie?r?|stv\.?|stellvertretende?r?|leitende?r?|senior|junior|staff|contributing|guest|gast|online-?|chef-?|fach-?|wissenschafts-?|lokal-?|politik-?|wirtschafts-?|sport-?)?\s*(?:redakteur(?:in)?|redaktionsleit(?:er|erin|ung)|autor(?:in)?|journalist(?:in)?|korrespondent(?:in)?|reporter(?:in)?|volontär(?:in)?|mitarbeiter(?:in)?|praktikant(?:in)?|kolumnist(?:in)?|editor(?:-in-chief)?|writer|contributor|correspondent|columnist|reporter|fotograf(?:in)?|photographer|moderator(?:in)?|chefredakteur(?:in)?|herausgeber(?:in)?|bloggerin|blogger)\b/i;

/** Names from one byline text; empty when the text names nobody (a photo credit, a contact, a date only). */
export function namesFromByline(raw: string): string[] {
  let text = raw
    .replace(/[\u200b-\u200f\u00ad\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.length > 300 || CONTACT_LINE.test(text) || SITE_CREDIT.test(text)) return [];
  text = text.replace(TEXT_AND_PHOTOS, 'Text:');
  const label = INNER_AUTHOR_LABEL.exec(text);
  if (label && !LEAD_IN.test(text)) text = text.slice(label.index + label[0].length);
  // "Jonas Becker / imago", "picture alliance / dpa / Jens Büttner": a photographer credited with the agency.
  if (PHOTO_AGENCY_CREDIT.test(text) && !LEAD_IN.test(text)) return [];
  const credit = CREDIT_MARKER.exec(text);
  if (credit) {
    // "By Jane Doe. Photo: …": the sentence stop before the credit is not part of the name.
    text = text.slice(0, credit.index).replace(/(\p{L}{3,})\.\s*$/u, '$1');
    // "Stromnetz / Photo by …": a caption's subject before the credit, not a writer.
    if (!LEAD_IN.test(text) && !/\S\s+\S/.test(text.replace(/[\s/|,;:–—-]+$/, ''))) return [];
  }
  text = stripLeadIns(text).replace(NEXT_FIELD, '').replace(ROLE_AND_DESCRIPTION, '');
  const date = TRAILING_DATE.exec(text);
  if (date) text = text.slice(0, date.index);
  text = text.replace(TRAILING_NOTE, '').replace(PROFILE_LINK, '').replace(DATELINE_PLACE, '$1');
  const names = splitNames(text);
  if (names.length) return names;
  // "Veröffentlicht am 3. März 2021 von Anna Schmidt": the name follows the first inner "von"/"by".
  const marker = /\s(?:von|by)\s*:?\s+/i.exec(raw);
  return marker ? namesFromByline(raw.slice(marker.index + marker[0].length)) : [];
}

function splitNames(text: string): string[] {
  const names: string[] = [];
  for (const part of text.split(SPLIT)) {
    const cleaned = cleanName(part);
    const withoutRole = cleaned.replace(TRAILING_ROLE, '').replace(LEADING_PROFESSION, '').trim();
    // "Rasender Reporter" is a pen name; "Christoph Hein Chefredakteur" a name and a role.
    const name = stripAcademicTitles(withoutRole.includes(' ') ? withoutRole : cleaned);
    if (!name || ROLE.test(cleaned) || PROFESSION.test(name) || isOnlyAcademicTitles(cleaned)) continue;
    if (isPlausibleName(name)) names.push(name);
  }
  return dedupe(names);
}

function stripLeadIns(text: string): string {
  let previous = '';
  let current = text.replace(/^[\s:|·•–—-]+/, '');
  while (current !== previous) {
    previous = current;
    current = current.replace(LEAD_IN, '').replace(/^[\s:|·•–—-]+/, '');
  }
  return current;
}

/** "Claudia Riedler Leiterin Redaktion Leben und Gesundheit": a full name, then the job it describes. */
const ROLE_AND_DESCRIPTION =
  /(?<=\p{L}{2,}\s+\p{L}{2,})\s+(?:leiter(?:in)?|ressortleiter(?:in)?|redakteur(?:in)?|chefredakteur(?:in)?|korrespondent(?:in)?|head|editor)\s+(?:\p{L}.*)$/iu;

/** A job title or weekday left after the name once punctuation is gone: "Christoph Hein Chefredakteur", "Anna Fr". */
/** A profession written before the name ("Rechtsanwalt Sebastian Einbock"); academic titles stay. */
const LEADING_PROFESSION =
  /^(?:rechtsanw(?:alt|ältin)|fachanw(?:alt|ältin)|steuerberater(?:in)?|notar(?:in)?|pfarrer(?:in)?|pastor(?:in)?)\s+/i;

const TRAILING_ROLE =
  /\s+(?:[\p{L}-]*-?(?:vorsitzende[r]?|geschäftsführer(?:in)?|sprecher(?:in)?|präsident(?:in)?)|(?:freie?r?\s+|stv\.?\s+)?(?:chef-?)?(?:redakteur(?:in)?|autor(?:in)?|journalist(?:in)?|korrespondent(?:in)?|reporter(?:in)?|volontär(?:in)?|editor|writer|chefredakteur(?:in)?|herausgeber(?:in)?)|kontakt|contact|profil|profile|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?$/iu;

/**
 * Professions of the social sector and others that follow a name after a comma ("Anna Schmidt, Sozialarbeiterin",
 * "Jonas Becker, Geschäftsführer"): a segment that is only this is no second author.
 */
const PROFESSION =
  /^(?:(?:diplom-?|dipl\.-?\s?|staatlich\s+anerkannte?r?\s+)?(?:sozial|heil|kindheits|medien|sonder)?(?:arbeiter(?:in)?|pädagog(?:e|in)|pädagogik)|erzieher(?:in)?|psycholog(?:e|in)|psychotherapeut(?:in)?|soziolog(?:e|in)|jurist(?:in)?|professor(?:in)?|dozent(?:in)?|lehrbeauftragte[r]?|wissenschaftliche[r]?\s+mitarbeiter(?:in)?|\p{L}*wissenschaftler(?:in)?|referent(?:in)?|\p{L}*berater(?:in)?|coach|trainer(?:in)?|\p{L}*(?:geschäftsführer(?:in)?|vorsitzende[r]?|vorstand|sprecher(?:in)?|präsident(?:in)?|leiter(?:in)?|beauftragte[r]?|koordinator(?:in)?|manager(?:in)?)|student(?:in)?|doktorand(?:in)?|head\s+of\b.*|director|ceo|founder|gründer(?:in)?|inhaber(?:in)?)$/iu;

/** Strips handles, contact details, bracketed notes and stray punctuation around one name. */
function cleanName(part: string): string {
  return personBeforeSlash(part)
    .replace(/\S+@\S+\.\S+/g, ' ')
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/gi, ' ')
    .replace(/(?:^|\s)@\w+/g, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'„“”‘’«»:.,;|/~*–—-]+|[\s"'„“”‘’«»:,;|/–—-]+$/g, '')
    .trim();
}

/**
 * "Peter Maahn/SP-X", "Anna Schmidt / Berlin": a person's full name, then an agency or a place. Agency bylines
 * such as "dpa/lno" or "APA/AP" have no full name before the slash and stay whole.
 */
function personBeforeSlash(part: string): string {
  const slash = part.indexOf('/');
  if (slash < 0 || /:\/\//.test(part)) return part;
  const before = part.slice(0, slash).trim();
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+$/u.test(before) ? before : part;
}

function sameName(a: string, b: string): boolean {
  return normaliseName(a) === normaliseName(b);
}

/** The names without repeats (by `sameName`), each kept where it first occurs. */
export function dedupe(names: string[]): string[] {
  return names.filter((name, i) => names.findIndex((other) => sameName(other, name)) === i);
}

export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}
