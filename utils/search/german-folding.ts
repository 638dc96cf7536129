/**
 * Folds a word the way German readers treat spellings as equal: case, umlauts written out (ä = ae, ö = oe,
 * ü = ue), ß = ss, and other accents dropped (é = e). Applied to indexed words and query words alike, so
 * "Fachkraefte", "FACHKRÄFTE" and "Fachkräfte" all become "fachkraefte".
 */
const GERMAN_SPELLINGS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

export function foldGerman(word: string): string {
  return word
    .toLocaleLowerCase('de')
    .replace(/[äöüß]/g, (letter) => GERMAN_SPELLINGS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '');
}
