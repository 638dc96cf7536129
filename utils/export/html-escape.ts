const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** For text and attribute values alike: titles, notes and quotes are untrusted and must stay text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

/**
 * citeproc escapes the item data it formats and adds only inline markup. Anything else that looks like a tag is
 * escaped again, so the reading list stays inert even if a future style or engine release slipped one through.
 */
export function keepInlineMarkupOnly(html: string): string {
  return html.replace(/<(?!\/?(?:i|b|em|strong|sup|sub|span)(?:\s+style="[^"<>]*")?>)/g, '&lt;');
}

/** Only web addresses become links; a `javascript:` or `data:` URL from a hostile page is shown as text. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
