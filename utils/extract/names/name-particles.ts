/**
 * Lower-case particles inside names ("Ursula von der Leyen", "Ludwig van Beethoven", "Leonardo da Vinci"). citeproc-js
 * reads a lower-case particle before the family name as its non-dropping particle; only lower-case words count,
 * since "Van Morrison" or "De Gruyter" spell it as part of a capitalised name.
 */
const NAME_PARTICLES = new Set([
  'von',
  'vom',
  'van',
  'der',
  'den',
  'de',
  'del',
  'della',
  'degli',
  'di',
  'da',
  'das',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'zu',
  'zum',
  'zur',
  'ten',
  'ter',
  "van't",
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'e',
]);

export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/** Whether a lower-case word may sit inside a name; for the name-shape test, which also meets "Von Anna …". */
export function isNameParticleIgnoringCase(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase());
}
