import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../scripts/lib/load-page';

const latin = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('decodeHtml decodes saved pages as a browser would', () => {
  it('follows <meta charset> to windows-1252, including 0x80–0x9F (€ „ “ –)', () => {
    const bytes = Uint8Array.from([
      ...latin('<meta charset="windows-1252"><p>'),
      0x80,
      0x20,
      0x84,
      0x93,
      0x20,
      0x96,
      0x20,
      0xe4,
      0xf6,
      0xfc,
      0xdf,
    ]);
    expect(decodeHtml(bytes)).toContain('<p>€ „“ – äöüß');
  });

  it('treats the label iso-8859-1 as windows-1252, as the Encoding Standard says', () => {
    const bytes = Uint8Array.from([
      ...latin('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
      0x84,
      0x93,
    ]);
    expect(decodeHtml(bytes)).toContain('„“');
  });

  it('honours a UTF-8 BOM over a contradicting meta', () => {
    const bytes = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...Buffer.from('<meta charset="windows-1252">Müller', 'utf8'),
    ]);
    expect(decodeHtml(bytes)).toContain('Müller');
  });

  it('guesses UTF-8 for undeclared valid UTF-8 and windows-1252 otherwise', () => {
    expect(decodeHtml(Uint8Array.from(Buffer.from('<p>Straße</p>', 'utf8')))).toBe('<p>Straße</p>');
    expect(decodeHtml(Uint8Array.from([...latin('<p>Stra'), 0xdf, ...latin('e</p>')]))).toBe('<p>Straße</p>');
  });
});
