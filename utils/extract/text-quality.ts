/**
 * Whether extracted text reads like language at all. Binary junk decoded as text yields "words" from a dozen
 * scripts at once; real prose, even multilingual, is dominated by one writing system (CJK counted as one).
 */
const SCRIPT_GROUPS: RegExp[] = [
  /\p{Script=Latin}/gu,
  /\p{Script=Cyrillic}/gu,
  /\p{Script=Greek}/gu,
  /\p{Script=Arabic}/gu,
  /\p{Script=Hebrew}/gu,
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
  /\p{Script=Hangul}/gu,
  /\p{Script=Thai}/gu,
  /\p{Script=Devanagari}/gu,
];

export function looksLikeProse(text: string): boolean {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return letters > 0;
  const dominant = Math.max(...SCRIPT_GROUPS.map((re) => sample.match(re)?.length ?? 0));
  return dominant / letters >= 0.7;
}
