import type { ClutterKind } from './attribute-signals';
import type { TextLengths } from './text-lengths';

/**
 * Boxes announced by their heading: "Lesen Sie auch", "Mehr zum Thema", "Das könnte Sie auch interessieren",
 * "Kommentare", "Über die Autorin", "Schlagworte". Many CMSs give such boxes no telling class, but the heading is
 * there for the reader, so it is the most reliable signal there is.
 */
const HEADING_KINDS: Array<[RegExp, ClutterKind]> = [
  [
    /^(?:lesen sie (?:auch|mehr|weiter)|auch interessant|ebenfalls interessant|das (?:könnte|dürfte) sie (?:auch )?interessieren|(?:das )?könnte sie auch interessieren|mehr zu(?:m|r)? (?:thema|ressort|themen)\b|mehr (?:aus|zum|zur|über|von) (?:dem|der|diesem|dieser|unserem|unserer)\b|weitere (?:artikel|beiträge|meldungen|nachrichten|news|themen|texte|berichte|pressemitteilungen|interviews|geschichten)|ähnliche (?:beiträge|artikel|themen|meldungen)|verwandte (?:beiträge|artikel|themen)|passend (?:dazu|zum thema)|empfohlene (?:artikel|beiträge)|unsere empfehlung|neueste (?:beiträge|artikel)|aktuelle (?:beiträge|artikel|meldungen)|beliebte (?:beiträge|artikel)|meist(?:-| )?(?:gelesen|diskutiert|kommentiert|geklickt|geteilt)\S*|viel gelesen\b|schon gelesen\b|mehr aus\b|mehr themen\b|weiterführende (?:links|informationen|infos|inhalte|artikel|beiträge|themen)|weitere (?:links|infos|informationen|angebote|videos|\S*tipps|\S*storys|\S*stories|\S*themen)\s*:?$|noch mehr (?:infos|artikel|themen|beiträge|tipps|lesestoff)\b|empfehlungen\b|unsere (?:empfehlungen|tipps)|(?:entdecke|entdecken sie) (?:weitere|mehr)\b|(?:das )?könnte dich (?:auch )?interessieren|das (?:könnte|dürfte) dich (?:auch )?interessieren|auch spannend|ebenfalls spannend|top-?(?:stories|news|meldungen)|aktuelle (?:produkttests|themen|news|nachrichten)|top-?(?:artikel|themen)|zum weiterlesen|lesetipps?|related(?: posts| articles| stories| content| reading)?|you (?:may|might) also (?:like|enjoy)|more (?:from|on|about|in|stories|posts|articles|news|like this)\b|read (?:more|next|also)\b|recommended(?: for you| reading| articles)?|further reading|see also|latest (?:posts|articles|news)|recent posts|popular posts|most (?:read|popular))/i,
    'related',
  ],
  [
    /^(?:\d+\s+)?(?:kommentare|comments|leserkommentare|antworten|responses|replies|reaktionen)(?:\s+(?:zu|zum|zur|on|to)\b.*)?\s*(?:\(\d+\))?:?$|^\d+\s+(?:kommentar|comment|antwort|reply)$|^(?:schreibe?n? (?:sie )?einen kommentar|einen kommentar (?:schreiben|verfassen|hinterlassen)|kommentar (?:schreiben|verfassen|hinterlassen)|hinterlasse(?:n sie)? einen kommentar|leave a (?:reply|comment)|post a comment|add a comment|join the discussion|ihre meinung|deine meinung)/i,
    'comments',
  ],
  [
    /^(?:kontakt|ihr kontakt|pressekontakt|medienkontakt|kontakt für (?:die )?(?:presse|medien)|ihre? ansprechpart\S*|ansprechpart\S*(?: \S+){0,4}|für rückfragen|rückfragen (?:an|bei)|press contact|media contacts?|contact(?: us| information)?)\s*:?$/i,
    'contact',
  ],
  [
    /^(?:über (?:den|die) (?:autor|autorin|autoren|verfasser|verfasserin)(?:in)?|zu(?:m|r)? (?:autor|autorin|person)|(?:der|die) (?:autor|autorin)|autor(?:in|innen)?(?:\/in)?:?|about the authors?|author bio|meet the author)$/i,
    'author-bio',
  ],
  [
    /^(?:schlagw(?:orte|örter)|stichw(?:orte|örter)|tags|themen|kategorien|verschlagwortet mit|abgelegt unter|filed under|posted in)\s*:?$/i,
    'tags',
  ],
  [
    /^(?:newsletter|jetzt (?:newsletter )?abonnieren|newsletter abonnieren|subscribe(?: to .{1,40})?|sign up for .{1,40}|melden sie sich (?:jetzt )?an)/i,
    'newsletter',
  ],
];

const HEADING_SELECTOR = 'h2, h3, h4, h5, h6, [role="heading"]';

const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** Tag test rather than `matches()`: this runs on every element of the page. */
export function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(el.tagName) || el.getAttribute('role') === 'heading';
}

export function kindFromHeading(text: string): ClutterKind | null {
  // "Weiterlesen: <title>" or "Lesen Sie auch: <title>" is a teaser line, not a box heading.
  if (!text || text.length > 80 || /:\s*\S/.test(text)) return null;
  for (const [pattern, kind] of HEADING_KINDS) if (pattern.test(text)) return kind;
  return null;
}

/** Comments and related boxes run to the end of their section; a bio or newsletter box is short. */
const BOX_LIMIT: Partial<Record<ClutterKind, number>> = {
  'author-bio': 900,
  contact: 700,
  newsletter: 700,
  tags: 400,
};

/**
 * The box a clutter heading introduces. The heading's ancestors are taken while they hold nothing but the
 * heading's own box (mostly links, or short); failing that, the heading and the link-heavy siblings that follow.
 */
export function boxUnderHeading(
  heading: Element,
  kind: ClutterKind,
  root: Element,
  lengths: TextLengths,
): Element[] {
  const limit = BOX_LIMIT[kind] ?? 3000;
  let box = heading;
  for (let depth = 0; depth < 4; depth++) {
    const parent = box.parentElement;
    if (!parent || parent === root || /^(?:BODY|MAIN|ARTICLE)$/.test(parent.tagName)) break;
    const text = lengths.text(parent);
    if (text > limit) break;
    // Climb only into what is still the box: links, or little text besides the heading's own block.
    const linky = lengths.linkDensity(parent) >= 0.45;
    if (!linky && text - lengths.text(box) > 400) break;
    if (parent.querySelector('h1')) break;
    if (countHeadings(parent) > 1 && kind !== 'related' && kind !== 'comments') break;
    box = parent;
  }
  if (box !== heading) return [box];
  const removed: Element[] = [heading];
  let total = 0;
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    if (isHeading(next) || next.tagName === 'H1') break;
    const text = lengths.text(next);
    const isLinkList = lengths.linkDensity(next) >= 0.5 || (kind !== 'related' && text < 400);
    if (!isLinkList && kind !== 'comments') break;
    total += text;
    if (total > limit) break;
    removed.push(next);
  }
  return removed;
}

function countHeadings(el: Element): number {
  return el.querySelectorAll(HEADING_SELECTOR).length;
}

/** "Lesen Sie auch: <a>…</a>", "Mehr zum Thema: …" or "Schlagworte: …" as a line of its own in the running text. */
const INLINE_LABEL =
  /^(?:lesen sie (?:auch|hier|mehr)|mehr zum thema|auch interessant|lesetipp|zum thema|siehe auch|read (?:more|also)|related|see also|more on this|schlagw(?:orte|örter)|stichw(?:orte|örter)|tags|themen|kategorien?|verschlagwortet mit|abgelegt unter|filed under|posted in|tagged(?: with)?)\b\s*:?/i;

export function isInlineLabelLine(el: Element, text: string, lengths: TextLengths): boolean {
  if (text.length > 240 || !INLINE_LABEL.test(text)) return false;
  return lengths.linkDensity(el) >= 0.4;
}
