import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { looksInert, textAsQuoteHtml } from '../../utils/clip/inert-html';
import { captureSelection } from '../../utils/clip/selection-capture';

function pageWithSelection(body: string, select: (document: Document) => Range | null): Window {
  const dom = new JSDOM(`<!doctype html><html><body>${body}</body></html>`, {
    url: 'https://www.example.org/blog/artikel',
  });
  const window = dom.window as unknown as Window;
  const range = select(window.document);
  if (range) window.getSelection()!.addRange(range);
  return window;
}

function selectContents(selector: string) {
  return (document: Document) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(selector)!);
    return range;
  };
}

describe('captureSelection (in the page)', () => {
  it('returns sanitised HTML with absolute links, and the plain text', () => {
    const window = pageWithSelection(
      '<p id="q"><b onclick="steal()">Teilhabe</b> <a href="/inklusion" style="color:red">braucht</a> <img src="bild.png" onerror="x()"> Zugang.<script>alert(1)</script></p>',
      selectContents('#q'),
    );
    const captured = captureSelection(window)!;
    expect(captured.html).toBe(
      '<b>Teilhabe</b> <a href="https://www.example.org/inklusion">braucht</a> <img src="https://www.example.org/blog/bild.png"> Zugang.',
    );
    expect(captured.text).toContain('Teilhabe braucht');
    expect(looksInert(captured.html)).toBe(true);
  });

  it('returns null when nothing is selected', () => {
    expect(captureSelection(pageWithSelection('<p>Text</p>', () => null))).toBeNull();
  });
});

describe('the background’s second look at selection HTML', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<svg><use href="#x"/></svg>',
    '<form action="https://evil.example"><input></form>',
  ])('refuses %s', (html) => {
    expect(looksInert(html)).toBe(false);
  });

  it('accepts what DOMPurify leaves, including words like "onion=" in the text', () => {
    expect(looksInert('<p>Die <em>Teilhabe</em>: a onion=3 <a href="https://example.org">Link</a></p>')).toBe(
      true,
    );
  });

  it('turns plain text into escaped paragraphs', () => {
    expect(textAsQuoteHtml('Erster <Absatz>\nZeile\n\nZweiter & letzter')).toBe(
      '<p>Erster &lt;Absatz&gt;<br>Zeile</p><p>Zweiter &amp; letzter</p>',
    );
    expect(textAsQuoteHtml('  \n ')).toBe('');
  });
});
