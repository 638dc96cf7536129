/**
 * A string whose every character remembers where it came from in the DOM: the DOM boundary point just before it
 * and just after it. Folding whitespace the way `plainText` does keeps those points, so an offset in the folded
 * text can always be turned back into a DOM position.
 */
export interface DomPoint {
  node: Node;
  offset: number;
}

export class MappedText {
  chars: string[] = [];
  starts: DomPoint[] = [];
  ends: DomPoint[] = [];

  get length(): number {
    return this.chars.length;
  }

  get text(): string {
    return this.chars.join('');
  }

  push(char: string, start: DomPoint, end: DomPoint): void {
    this.chars.push(char);
    this.starts.push(start);
    this.ends.push(end);
  }

  append(other: MappedText, from = 0, to = other.length): void {
    for (let i = from; i < to; i++) this.push(other.chars[i]!, other.starts[i]!, other.ends[i]!);
  }

  /** The last character, widened to also cover `end` (a whitespace run folded into one space). */
  extendLast(end: DomPoint): void {
    if (this.ends.length > 0) this.ends[this.ends.length - 1] = end;
  }

  /**
   * Like `text.replace(pattern, replacement)` for a one-character replacement: the replacement spans the DOM
   * extent of everything it replaced.
   */
  replaceAll(pattern: RegExp, replacement: string): MappedText {
    const out = new MappedText();
    let copied = 0;
    for (const match of this.text.matchAll(pattern)) {
      const at = match.index;
      const length = match[0].length;
      out.append(this, copied, at);
      if (length > 0 && replacement !== '')
        out.push(replacement, this.starts[at]!, this.ends[at + length - 1]!);
      copied = at + length;
    }
    out.append(this, copied);
    return out;
  }

  /** Like `String.prototype.trim`, which strips exactly what `\s` matches. */
  trim(): MappedText {
    let from = 0;
    let to = this.length;
    while (from < to && /\s/.test(this.chars[from]!)) from++;
    while (to > from && /\s/.test(this.chars[to - 1]!)) to--;
    const out = new MappedText();
    out.append(this, from, to);
    return out;
  }

  /** Pieces between occurrences of `separator`, with the separator characters' own DOM points. */
  split(separator: string): { pieces: MappedText[]; separators: { start: DomPoint; end: DomPoint }[] } {
    const pieces: MappedText[] = [new MappedText()];
    const separators: { start: DomPoint; end: DomPoint }[] = [];
    for (let i = 0; i < this.length; i++) {
      if (this.chars[i] === separator) {
        separators.push({ start: this.starts[i]!, end: this.ends[i]! });
        pieces.push(new MappedText());
      } else {
        pieces[pieces.length - 1]!.push(this.chars[i]!, this.starts[i]!, this.ends[i]!);
      }
    }
    return { pieces, separators };
  }
}
