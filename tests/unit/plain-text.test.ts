import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { countWords, plainText } from '../../utils/extract/plain-text';

function text(html: string): string {
  const dom = new JSDOM(`<body>${html}</body>`);
  return plainText(dom.window.document.body);
}

describe('plainText', () => {
  it('separates paragraphs, headings and list items by a blank line', () => {
    expect(text('<h2>Titel</h2><p>Erster Absatz.</p><ul><li>eins</li><li>zwei</li></ul>')).toBe(
      'Titel\n\nErster Absatz.\n\neins\n\nzwei',
    );
  });

  it('never glues words across block boundaries', () => {
    expect(text('<div>Ende<div>Anfang</div></div><p>a</p><p>b</p>')).toBe('Ende\n\nAnfang\n\na\n\nb');
  });

  it('keeps inline elements inside their block and folds whitespace', () => {
    expect(text('<p>Die  <strong>Soziale</strong>\n   <a href="#">Arbeit</a>&nbsp;heute</p>')).toBe(
      'Die Soziale Arbeit heute',
    );
  });

  it('turns <br> into a line break within a block', () => {
    expect(text('<p>Zeile eins<br>Zeile zwei</p>')).toBe('Zeile eins\nZeile zwei');
  });

  it('writes one block per table row with cells separated', () => {
    expect(
      text('<table><tr><th>Jahr</th><th>Anteil</th></tr><tr><td>2020</td><td>71 %</td></tr></table>'),
    ).toBe('Jahr | Anteil\n\n2020 | 71 %');
  });

  it('keeps preformatted text as it is', () => {
    expect(text('<pre>a  b\n  c</pre>')).toBe('a  b\n  c');
  });

  it('blocks figure captions and quotes', () => {
    expect(
      text('<figure><img alt="x"><figcaption>Foto: Team</figcaption></figure><blockquote>Zitat</blockquote>'),
    ).toBe('Foto: Team\n\nZitat');
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['Soziale Arbeit', 2],
    ['Kinder- und Jugendhilfe (SGB VIII) – 2021', 6],
    ['don’t stop-gap', 2],
  ])('%j has %i words', (input, expected) => {
    expect(countWords(input)).toBe(expected);
  });
});
