import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import iconv from 'iconv-lite';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Decodes saved HTML bytes as a browser would: BOM, then `<meta charset>` / http-equiv in the first 1024 bytes.
 * Where neither says anything, Chromium guesses from the content; valid UTF-8 is the guess that matters here,
 * else windows-1252 as the HTML standard's default.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const declared = htmlEncodingSniffer(bytes, { defaultEncoding: 'x-unset' });
  if (declared === 'x-unset' || !declared) return strictUtf8(bytes) ?? decodeAs(bytes, 'windows-1252');
  return decodeAs(bytes, declared);
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (/^utf-?8$/i.test(encoding)) return new TextDecoder('utf-8').decode(bytes);
  // Node's TextDecoder decodes windows-1252 as Latin-1 (0x80–0x9F become control characters, not € „ “ –),
  // so legacy encodings go through iconv-lite, which follows the WHATWG tables.
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes), encoding);
  return new TextDecoder(encoding).decode(bytes);
}

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export interface LoadedPage {
  document: Document;
  window: Window;
  close(): void;
}

/** Parses HTML into a jsdom document that runs no script and fetches nothing. */
export function parsePage(html: string, url: string): LoadedPage {
  const virtualConsole = new VirtualConsole();
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { url, virtualConsole, contentType: 'text/html' });
  } catch (error) {
    // jsdom parses <style> sheets while building the tree and its CSS parser throws on some real-world CSS
    // that browsers skip; style sheets carry no article content, so parse again without them.
    if (!(error instanceof SyntaxError)) throw error;
    dom = new JSDOM(html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, ''), {
      url,
      virtualConsole,
      contentType: 'text/html',
    });
  }
  const window = dom.window as unknown as Window;
  return { document: window.document, window, close: () => dom.window.close() };
}

export function loadPageFile(file: string, url?: string): LoadedPage {
  const html = decodeHtml(readFileSync(file));
  return parsePage(html, url ?? pathToFileURL(file).toString());
}
