/**
 * The printable reading list's style sheet: readable on screen, and on paper A4 with page margins. In print an
 * entry is kept on one page where it fits, a citation or heading is not left at the foot of a page without what
 * follows it, a quote is not split, and links print in the text colour without underline (their targets are not
 * printed).
 */
export const READING_LIST_CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
.meta { color: #555; font-size: 0.9rem; margin-top: 0; }
.description { font-style: italic; }
ol.entries { padding-left: 1.6rem; }
ol.entries > li { margin: 0 0 1.6rem; padding-left: 0.3rem; }
.citation { margin: 0 0 0.4rem; padding-left: 2em; text-indent: -2em; overflow-wrap: anywhere; }
.excerpt { margin: 0.3rem 0; color: #333; }
h2 { font-size: 0.95rem; margin: 0.6rem 0 0.2rem; font-family: system-ui, sans-serif; }
blockquote { margin: 0.4rem 0 0.2rem; padding: 0.1rem 0 0.1rem 0.8rem; border-left: 3px solid #b58900; }
blockquote.orphaned { border-left-style: dashed; }
.note { margin: 0 0 0.6rem 0.8rem; font-family: system-ui, sans-serif; font-size: 0.92rem; }
.page-note { white-space: pre-wrap; }
a { color: #0b4f8a; }
@page { size: A4; margin: 2cm 2cm 2.2cm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  ol.entries > li { break-inside: avoid-page; }
  .citation, h2 { break-after: avoid-page; }
  blockquote { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
