/**
 * Whether extracted text reads like language at all. Binary junk decoded as text yields "words" from a dozen
 * scripts at once, or (decoded as windows-1252) one script riddled with symbols and control characters and
 * hardly a space; real prose, even multilingual, is mostly letters of one writing system (CJK counted as one).
 */
/** In prose of any script well over half the non-space characters are letters or digits. */
const MIN_WORD_CHAR_SHARE = 0.6;
/** Scripts without spaces between words (CJK, Thai) are exempt from this; others break lines within ~25 chars. */
const MAX_MEAN_TOKEN_CHARS = 25;

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
  const sample = text.slice(0, 2000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return letters > 0;
  const counts = SCRIPT_GROUPS.map((re) => sample.match(re)?.length ?? 0);
  const dominant = Math.max(...counts);
  if (dominant / letters < 0.7) return false;
  const nonSpace = sample.replace(/\s+/g, '');
  const wordChars = nonSpace.match(/[\p{L}\p{N}\p{M}]/gu)?.length ?? 0;
  if (wordChars / nonSpace.length < MIN_WORD_CHAR_SHARE) return false;
  const unspacedScript = counts[5]! + counts[7]! > letters / 2;
  const tokens = sample.split(/\s+/).filter(Boolean).length;
  return unspacedScript || nonSpace.length / tokens <= MAX_MEAN_TOKEN_CHARS;
}
