/**
 * Academic titles, degrees and salutations around a person's name. Citations never carry them ("Schmidt, A.",
 * not "Schmidt, Prof. Dr. A."), and a byline reads the same without them, so they are cut before a name is split.
 */

/** Titles written before the name, German, Austrian and English ("Prof. Dr. med.", "Dipl.-Soz.-Päd.", "Mag.a"). */
const PREFIX_TITLE = new RegExp(
  [
    // Professorships: "Prof.", "Univ.-Prof.", "apl. Prof.", "Jun.-Prof.", "Professorin", "Prof. em."
    String.raw`(?:(?:univ|apl|jun|hon|ass|assoc|o|a\.\s?o)\.?\s?-?\s?)?prof(?:\.|essor(?:in)?\b|\b)(?:\s?(?:em|emer(?:it(?:us|a))?)\.)?`,
    // Doctorates: "Dr.", "Dr.-Ing.", "Dr. rer. nat.", "Dr. h.c. mult.", "Dr. med. dent.", Austrian "Dr.in"
    String.raw`dr(?:\.(?:in\b)?|\b)(?:\s?-?\s?(?:med|phil|rer|nat|pol|soc|oec|jur|iur|theol|paed|päd|habil|h\.\s?c|ing|dent|vet|sc|biol|hum|mult|sportwiss|disc|pharm|publ)\.?)*`,
    // Habilitation and teaching titles: "PD", "Priv.-Doz.", "Doz."
    String.raw`priv\.?\s?-?\s?doz\.|doz\.`,
    // German diplomas: "Dipl.-Soz.-Päd.", "Dipl.-Päd.", "Dipl.-Ing. (FH)", "Dipl. Psych.", "Dipl.-Sozialpädagogin"
    String.raw`dipl\.?(?:\s?-?\s?\p{L}+\.)*(?:-\p{L}+)?(?:\s?\(fh\))?`,
    // Austrian titles: "Mag.", "Mag.a", "MMag.", "Ing.", "DI", "DSA" (Diplomierte/r Sozialarbeiter/in)
    String.raw`m?mag\.(?:a\b)?(?:\s?\(fh\))?|ing\.|mmmag\.`,
    // Salutations, which a name may carry in a signature or a press text.
    String.raw`herr|frau|mr\.?|mrs\.?|ms\.?|mx\.?|sir`,
  ].join('|'),
  'iu',
);
/** Title abbreviations written in capitals only; "Di" or "Pd" in another case may be part of a name. */
const PREFIX_CAPITALS = /^(?:PD|DI|DSA|DSP|DDr\.|RA|StR|OStR)(?=\s)/u;

/** Degrees after the name ("M.A.", "LL.M.", "PhD", "MBA"), with a comma, in brackets, or plain. */
const DEGREE = String.raw`(?:M\.?\s?A\.|B\.?\s?A\.|MA|BA|M\.?\s?Sc\.?|B\.?\s?Sc\.?|MSc|BSc|LL\.?\s?M\.?|LLB|LL\.?\s?B\.|Ph\.?\s?D\.?|PhD|DPhil|MBA|MPH|MPA|MSW|BSW|MAS|MEd|M\.\s?Ed\.|B\.\s?Ed\.|M\.?\s?Eng\.?|B\.?\s?Eng\.?|MFA|MD|JD|M\.?\s?Phil\.?|Dipl\.[-\p{L}.]*|(?:Dipl\.\s?-?\s?)?Sozialarbeiter(?:in)?|(?:Dipl\.\s?-?\s?)?Sozialpädagog(?:e|in)|\(FH\)|FH|em\.)`;
/** A profession that carries a degree after the name: "Sozialarbeiterin (B.A.)", "Sozialpädagoge M.A.". */
const PROFESSION_WITH_DEGREE = String.raw`(?:(?:Sozial|Heil|Kindheits|Medien|Sonder|Reli|Sexual)?(?:pädagog|Pädagog)(?:e|in)|Erzieher(?:in)?|(?:Sozial|Politik|Kommunikations|Erziehungs|Pflege|Gesundheits)?[wW]issenschaftler(?:in)?|Psycholog(?:e|in)|Soziolog(?:e|in)|Psychotherapeut(?:in)?|Jurist(?:in)?|Ökonom(?:in)?|Informatiker(?:in)?|Ingenieur(?:in)?|Betriebswirt(?:in)?|Sozialarbeiter(?:in)?|Sozialmanager(?:in)?)`;
/** One degree, set off from the name by a comma, a space or a bracket, optionally after its profession. */
const DEGREE_PART = String.raw`(?:^|\s*,\s*|\s+|\s*(?=\())(?:${PROFESSION_WITH_DEGREE}\s*(?=\(?${DEGREE}))?\(?${DEGREE}\)?`;
const SUFFIX_DEGREE = new RegExp(String.raw`(?:${DEGREE_PART})+\s*$`, 'u');

function prefixMatch(text: string): RegExpExecArray | null {
  const capitals = PREFIX_CAPITALS.exec(text);
  if (capitals) return capitals;
  const title = new RegExp(String.raw`^(?:${PREFIX_TITLE.source})(?=[\s,]|$|(?<=\.))`, 'iu').exec(text);
  return title && title[0] ? title : null;
}

/** The text without titles before it and degrees after it; empty when it held nothing but titles. */
function withoutTitles(text: string): string {
  let name = text.replace(/\s+/g, ' ').trim();
  for (let guard = 0; guard < 8; guard++) {
    const title = prefixMatch(name);
    if (!title) break;
    name = name.slice(title[0].length).replace(/^[\s,]+/, '');
  }
  return name.replace(SUFFIX_DEGREE, '').replace(/[\s,]+$/, '');
}

/** The name without titles before it and degrees after it; the text itself when nothing but titles is left. */
export function stripAcademicTitles(text: string): string {
  return withoutTitles(text) || text.replace(/\s+/g, ' ').trim();
}

/** Whether the text is only titles or degrees ("M.A.", "Prof. Dr.", "Dipl.-Päd."), as after a comma in a byline. */
export function isOnlyAcademicTitles(text: string): boolean {
  return text.trim() !== '' && withoutTitles(text) === '';
}
