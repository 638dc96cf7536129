import TurndownService from 'turndown';

let service: TurndownService | null = null;

/**
 * Turndown needs a DOM parser: in the side panel that is the page's own; it cannot run in the MV3 service worker.
 * Settings follow what Obsidian renders best: ATX headings, fenced code, "-" bullets, "*" emphasis.
 */
function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  // Stored HTML is sanitised already; these can still appear and have no Markdown form worth keeping.
  service.remove(['script', 'style', 'noscript', 'iframe', 'form', 'button']);
  return service;
}

/** The stored (sanitised) article HTML as Markdown. */
export function htmlToMarkdown(html: string): string {
  return turndown().turndown(html).trim();
}

/** A blockquote whose every line is quoted, so a multi-paragraph highlight stays one quote. */
export function markdownQuote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdownLine(line.trim())}`))
    .join('\n');
}

/**
 * Highlights and notes are plain text typed or selected by the reader: characters that would start a heading,
 * list, quote or HTML in Markdown are escaped so they show as typed. Turndown's own escaper does exactly that.
 */
function escapeMarkdownLine(text: string): string {
  return turndown().escape(text).replace(/</g, '&lt;');
}

export function escapeMarkdownText(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeMarkdownLine(line))
    .join('\n');
}
