/**
 * Plain text from sanitised article HTML: one block per paragraph, heading, list item, table row, quote or
 * caption, blocks separated by a blank line, so words are never glued across block boundaries.
 */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'CAPTION',
]);
export const CELL_TAGS = new Set(['TD', 'TH']);
/** A private-use character marks cell borders until whitespace has been folded. */
export const CELL_SEPARATOR = '\uE000';

export function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const block = current
      .replace(/[ \t\f\v\u00a0\u200b]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (block) blocks.push(block);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName : '';
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    if (tag === 'PRE') {
      flush();
      current = node.textContent ?? '';
      blocks.push(current.replace(/^\n+|\s+$/g, ''));
      current = '';
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    else if (CELL_TAGS.has(tag) && current.trim()) current += CELL_SEPARATOR;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (isBlock) flush();
  };
  walk(root);
  flush();
  return blocks.map((b) =>
    b
      .split(CELL_SEPARATOR)
      .map((cell) => cell.trim())
      .join(' | '),
  );
}

export function plainText(root: Node): string {
  return textBlocks(root).join('\n\n');
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
