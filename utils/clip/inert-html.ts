import { escapeHtml } from '../export/html-escape';

/**
 * A second, DOM-free check of HTML that was sanitised in a page's renderer (a compromised page could answer
 * anything). It does not sanitise: it refuses whatever DOMPurify would never have let through, so the caller can
 * fall back to the plain text instead of storing active content.
 */
const ACTIVE_TAG =
  /<\s*\/?\s*(script|style|iframe|frame|frameset|object|embed|form|input|button|textarea|select|link|meta|base|svg|math|template)\b/i;
const EVENT_HANDLER = /<[^>]*\son[a-z]+\s*=/i;
const SCRIPT_URL =
  /<[^>]*\s(href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data\s*:\s*text\/html)/i;

export function looksInert(html: string): boolean {
  return !ACTIVE_TAG.test(html) && !EVENT_HANDLER.test(html) && !SCRIPT_URL.test(html);
}

/** Plain text as HTML paragraphs (blank lines separate them): the safe fallback for a quote. */
export function textAsQuoteHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
