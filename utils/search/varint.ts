/**
 * Unsigned LEB128 varints: postings are mostly small numbers (gaps between documents, term counts), so one byte
 * each is the usual case and the stored index stays a fraction of what JSON numbers would take.
 */
export class ByteWriter {
  private bytes = new Uint8Array(256);
  length = 0;

  writeVarint(value: number): void {
    this.ensure(5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  writeByte(value: number): void {
    this.ensure(1);
    this.bytes[this.length++] = value;
  }

  /** A copy trimmed to the written length, safe to store. */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}

/** A read position in a byte array; `readVarint` throws on a truncated value instead of looping forever. */
export class ByteReader {
  constructor(
    private readonly bytes: Uint8Array,
    public position: number,
    private readonly end: number,
  ) {}

  get done(): boolean {
    return this.position >= this.end;
  }

  readByte(): number {
    if (this.position >= this.end) throw new RangeError('Truncated posting list');
    return this.bytes[this.position++]!;
  }

  readVarint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.position >= this.end || shift > 28) throw new RangeError('Truncated posting list');
      const byte = this.bytes[this.position++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
    }
  }
}
