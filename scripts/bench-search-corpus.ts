/**
 * A deterministic synthetic German library for scripts/bench-search.ts: compound-rich vocabulary with a Zipf-like
 * word frequency, texts of 5–20 KB, 2.7 annotations an article (a third with notes), tags and authors.
 */

export { seededRandom } from '../entrypoints/e2e-bridge/scale-corpus';

const HEADS = [
  'sozial',
  'arbeit',
  'jugend',
  'hilfe',
  'fach',
  'kraft',
  'daten',
  'schutz',
  'beratung',
  'online',
  'träger',
  'wohlfahrt',
  'pflege',
  'teilhabe',
  'quartier',
  'familie',
  'kinder',
  'schule',
  'stadt',
  'gemeinde',
  'recht',
  'förder',
  'antrag',
  'verband',
  'bildung',
  'medien',
  'kompetenz',
  'digital',
  'straße',
  'öffentlich',
  'über',
  'gang',
  'gesundheit',
  'sucht',
  'schuld',
  'wohnung',
  'flucht',
  'migration',
  'inklusion',
  'alter',
  'armut',
  'ehrenamt',
  'netz',
  'werk',
  'plan',
  'kosten',
  'leistung',
  'dienst',
  'stelle',
  'leitung',
  'team',
  'fall',
];
const SUFFIXES = [
  '',
  '',
  '',
  'en',
  'er',
  'ung',
  'ungen',
  'liche',
  'lichen',
  's',
  'es',
  'ische',
  'heit',
  'keit',
];
const FUNCTION_WORDS =
  'die der und in zu den das nicht von sie ist des sich mit dem dass er es ein ich auf so'.split(' ');

/** Vocabulary of compounds, most frequent first. */
export function vocabulary(size: number, random: () => number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const parts = 1 + Math.floor(random() * random() * 3);
    let word = '';
    for (let n = 0; n < parts; n += 1) word += HEADS[Math.floor(random() * HEADS.length)];
    word += SUFFIXES[Math.floor(random() * SUFFIXES.length)];
    if (random() < 0.02) word += String(Math.floor(random() * 2030));
    words.add(random() < 0.4 ? word[0]!.toUpperCase() + word.slice(1) : word);
  }
  return [...words];
}

/** A word drawn with probability falling as 1/rank (roughly Zipf). */
export function zipfPicker(words: readonly string[], random: () => number): () => string {
  const logSize = Math.log(words.length + 1);
  return () => words[Math.min(words.length - 1, Math.floor(Math.exp(random() * logSize)) - 1)]!;
}

export interface SyntheticArticle {
  title: string;
  authors: string[];
  tags: string[];
  text: string;
  pageNote: string;
  notes: string[];
}

export function syntheticArticle(pick: () => string, random: () => number): SyntheticArticle {
  const sentence = (length: number) =>
    Array.from({ length }, () =>
      random() < 0.35 ? FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)] : pick(),
    ).join(' ');
  const size = 5_000 + Math.floor(random() * 15_000);
  let text = '';
  while (text.length < size) text += `${sentence(8 + Math.floor(random() * 14))}. `;
  const annotations = Math.floor(random() * 6.4);
  return {
    title: sentence(4 + Math.floor(random() * 6)),
    authors: [`${pick()} ${pick()}`],
    tags: Array.from({ length: Math.floor(random() * 3) }, pick),
    text,
    pageNote: random() < 0.2 ? sentence(10) : '',
    notes: Array.from({ length: annotations }, () => (random() < 0.35 ? sentence(6) : '')),
  };
}
