/**
 * File names that survive Windows, macOS, Linux, zip tools and Obsidian links: umlauts and ß stay (composed, NFC,
 * so macOS and Windows see the same name), characters illegal on any of them or meaningful in an Obsidian link
 * (`\ / : * ? " < > | # ^ [ ]`) go, as do control characters and trailing dots or spaces.
 */
const ILLEGAL = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_LENGTH = 100;

export function safeFileStem(title: string, fallback: string): string {
  let stem = title.normalize('NFC').replace(ILLEGAL, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code points so an emoji or a combining pair is never split into an invalid half.
  const points = Array.from(stem);
  if (points.length > MAX_LENGTH) stem = points.slice(0, MAX_LENGTH).join('').trim();
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  if (stem === '') stem = fallback;
  if (WINDOWS_RESERVED.test(stem)) stem = `${stem}_`;
  return stem;
}

/**
 * Hands out names unique within one export. Compared case-blind, because Windows and macOS file systems are:
 * "Teilhabe.md" and "teilhabe.md" would overwrite each other there. The second one becomes "teilhabe (2).md".
 */
export class UniqueFileNames {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name.toLocaleLowerCase('de'));
  }

  next(title: string, extension: string, fallback: string): string {
    const stem = safeFileStem(title, fallback);
    let name = `${stem}.${extension}`;
    for (let n = 2; this.taken.has(name.toLocaleLowerCase('de')); n++) name = `${stem} (${n}).${extension}`;
    this.taken.add(name.toLocaleLowerCase('de'));
    return name;
  }
}
