/**
 * A byline that gives only a first name ("Anna") while the page spells it out elsewhere ("Anna Schmidt" in JSON-LD,
 * the meta tag or the bio box): the full name is what a citation needs.
 */
import { compact } from '../title/site-suffix';

/** Each one-word name replaced by the first longer name in `pool` that starts with it; the pool is built lazily. */
export function completeFirstNames(names: readonly string[], pool: () => readonly string[]): string[] {
  let candidates: readonly string[] | undefined;
  return names.map((name) => {
    if (/\s/.test(name) || !/^\p{Lu}\p{Ll}/u.test(name)) return name;
    const key = compact(name);
    candidates ??= pool();
    const full = candidates.find((other) => {
      const words = other.trim().split(/\s+/);
      return words.length >= 2 && words.length <= 4 && compact(words[0]!) === key;
    });
    return full ?? name;
  });
}
