import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { plainText } from '@/utils/extract/plain-text';
import { sanitiseHtml } from '@/utils/extract/sanitise';
import { paintHighlights } from '@/utils/reader/paint-highlights';
import { toStoredOffsets, trimSpan } from '@/utils/reader/stored-offsets';
import { TextDomMap } from '@/utils/reader/text-dom-map';

function render(html: string): { root: HTMLElement; window: Window } {
  const { window } = new JSDOM(`<!doctype html><body><div id="root">${html}</div></body>`);
  return { root: window.document.getElementById('root')!, window: window as unknown as Window };
}

/** Every span of the text maps to a DOM range whose own text, folded, is that span, and back to the same offsets. */
function expectRoundTrips(root: HTMLElement, spans: [string, number?][]) {
  const map = TextDomMap.build(root);
  for (const [quote, occurrence = 0] of spans) {
    let start = -1;
    for (let i = 0; i <= occurrence; i++) start = map.text.indexOf(quote, start + 1);
    expect(start, quote).toBeGreaterThanOrEqual(0);
    const end = start + quote.length;
    const range = map.toRange(start, end)!;
    expect(map.toOffsets(range)).toEqual({ start, end });
    const fragment = range.cloneContents();
    expect(plainText(fragment).replace(/\s+/g, ' ')).toBe(quote.replace(/\s+/g, ' '));
  }
}

const CASES: Record<string, string> = {
  'inline elements': '<p>Die <em>Soziale</em> <strong>Arbeit <a href="x">braucht</a></strong> Zeit.</p>',
  'blocks and whitespace': '<h2>\n  Titel  \n</h2>\n\n<p>  Erster   Absatz\n mit Umbruch. </p><p>Zweiter</p>',
  entities: '<p>Caritas &amp; Diakonie&nbsp;&nbsp;sagen &quot;Ja&quot; &lt;3 &#8211; gut</p>',
  'line breaks': '<p>Zeile eins<br>  Zeile zwei <br/><br> Zeile drei</p>',
  lists: '<ul><li>eins <b>fett</b></li><li> zwei</li></ul><ol><li>drei</li></ol>',
  tables: '<table><tr><th>Name</th><th> Wert </th></tr><tr><td>SGB <i>VIII</i></td><td>8a</td></tr></table>',
  preformatted: '<p>Code:</p><pre>\n\n  let a = 1;\n    b  =  2;\n\n</pre><p>Ende</p>',
  'nested blocks': '<div>Text davor<p>im Absatz</p>Text danach<blockquote><p>Zitat</p></blockquote></div>',
  'zero-width and emoji': '<p>Wohl\u200bfahrt 👍 und Ü-Zeichen ß</p>',
};

describe('TextDomMap', () => {
  test.each(Object.entries(CASES))('its text is exactly plainText (%s)', (_name, html) => {
    const { root } = render(html);
    expect(TextDomMap.build(root).text).toBe(plainText(root));
  });

  test('round trips spans inside inline elements and across them', () => {
    const { root } = render(CASES['inline elements']!);
    expectRoundTrips(root, [['Soziale'], ['Die Soziale Arbeit braucht'], ['braucht Zeit.'], ['e A']]);
  });

  test('round trips spans across blocks, breaks, cells and entities', () => {
    expectRoundTrips(render(CASES['blocks and whitespace']!).root, [
      ['Titel\n\nErster Absatz'],
      ['Absatz mit'],
    ]);
    expectRoundTrips(render(CASES.entities!).root, [['Caritas & Diakonie sagen "Ja" <3 – gut']]);
    expectRoundTrips(render(CASES['line breaks']!).root, [['eins\nZeile zwei'], ['zwei\n\nZeile']]);
    expectRoundTrips(render(CASES.tables!).root, [['Name | Wert'], ['Wert\n\nSGB VIII | 8a']]);
    expectRoundTrips(render(CASES.preformatted!).root, [['let a = 1;\n    b  =  2;'], ['2;\n\nEnde']]);
    expectRoundTrips(render(CASES['nested blocks']!).root, [['davor\n\nim Absatz\n\nText'], ['Zitat']]);
    expectRoundTrips(render(CASES['zero-width and emoji']!).root, [['Wohl fahrt 👍'], ['ß']]);
  });

  test('a DOM range around collapsed whitespace maps to the visible characters only', () => {
    const { root, window } = render('<p>eins     zwei</p>');
    const map = TextDomMap.build(root);
    const textNode = root.querySelector('p')!.firstChild!;
    const range = window.document.createRange();
    range.setStart(textNode, 6); // inside the run of spaces
    range.setEnd(textNode, 13);
    expect(map.text.slice(map.toOffsets(range)!.start, map.toOffsets(range)!.end)).toBe('zwei');
    range.setStart(textNode, 5);
    range.setEnd(textNode, 7);
    expect(map.toOffsets(range)).toBeNull();
  });

  test('the seed article: stored text equals the rendered text, and every paragraph maps back', () => {
    const expected = JSON.parse(readFileSync('../shared/fixtures/seed-sozial-pr/expected.json', 'utf8')) as {
      mustInclude: string[];
    };
    const source = readFileSync('../shared/fixtures/seed-sozial-pr/source.html', 'utf8');
    const { window } = render('');
    const html = sanitiseHtml(window, new JSDOM(source).window.document.body.innerHTML);
    const { root } = render(html);
    expect(TextDomMap.build(root).text).toBe(plainText(root));
    expectRoundTrips(
      root,
      expected.mustInclude.filter((quote) => plainText(root).includes(quote)).map((quote) => [quote]),
    );
  });
});

describe('paintHighlights', () => {
  test('wraps a highlight across elements and blocks without changing the text', () => {
    const { root } = render('<p>Die <em>Soziale</em> Arbeit.</p><p>Zweiter Absatz</p>');
    const map = TextDomMap.build(root);
    const start = map.text.indexOf('Soziale');
    const end = map.text.indexOf('Zweiter') + 'Zweiter'.length;
    const doc = root.ownerDocument;
    const marks = paintHighlights(map, [{ id: 'a', start, end }], () => doc.createElement('mark'));
    const painted = marks.get('a')!;
    expect(painted.map((mark) => mark.textContent)).toEqual(['Soziale', ' Arbeit.', 'Zweiter']);
    expect(TextDomMap.build(root).text).toBe(map.text);
  });

  test('nests overlapping highlights, the longer one outside', () => {
    const { root } = render('<p>eins zwei drei vier</p>');
    const map = TextDomMap.build(root);
    const doc = root.ownerDocument;
    const marks = paintHighlights(
      map,
      [
        { id: 'inner', start: 5, end: 9 },
        { id: 'outer', start: 0, end: 14 },
      ],
      (h) => Object.assign(doc.createElement('mark'), { id: h.id }),
    );
    expect(root.innerHTML).toBe(
      '<p><mark id="outer">eins </mark><mark id="outer"><mark id="inner">zwei</mark></mark><mark id="outer"> drei</mark> vier</p>',
    );
    expect(marks.get('outer')).toHaveLength(3);
    expect(TextDomMap.build(root).text).toBe('eins zwei drei vier');
  });
});

describe('offsets between rendered and stored text', () => {
  test('trimSpan drops surrounding whitespace and refuses blank spans', () => {
    expect(trimSpan(' ab c \n', 0, 7)).toEqual({ start: 1, end: 5 });
    expect(trimSpan('a   b', 1, 4)).toBeNull();
  });

  test('identical texts keep the offsets; a changed text is searched by quote', () => {
    expect(toStoredOffsets('abc def', 'abc def', 4, 7)).toEqual({ start: 4, end: 7 });
    const stored = 'Vorwort.\n\nDie Soziale Arbeit braucht Zeit.';
    const rendered = 'Die Soziale Arbeit braucht Zeit.';
    expect(toStoredOffsets(rendered, stored, 4, 18)).toEqual({ start: 14, end: 28 });
  });
});
