import type { AnnotationRecord } from '../db/records';
import { apaCitationsHtml } from './apa-citation';
import { singleList, type ExportArticle, type ExportBundle } from './bundle';
import { coinsSpan } from './coins';
import { citedUrl } from './csl-item';
import type { ExportFile } from './export-file';
import { EXPORT_LABELS, longDate, type ExportLabels, type ExportLocale } from './export-labels';
import { safeFileStem } from './file-names';
import { escapeHtml, isWebUrl, keepInlineMarkupOnly } from './html-escape';
import { READING_LIST_CSS } from './reading-list-style';

export interface HtmlOptions {
  locale?: ExportLocale;
}

/** Line breaks the reader typed in a note survive as `<br>`; everything else is escaped text. */
function paragraphText(text: string): string {
  return escapeHtml(text.trim()).replace(/\r?\n/g, '<br>');
}

function highlightHtml(annotation: AnnotationRecord, labels: ExportLabels): string {
  const orphaned = annotation.orphaned ? ` class="orphaned" title="${escapeHtml(labels.orphaned)}"` : '';
  const quote = `<blockquote${orphaned}>${paragraphText(annotation.quote)}</blockquote>`;
  const note = annotation.note.trim()
    ? `\n<p class="note"><strong>${escapeHtml(labels.note)}:</strong> ${paragraphText(annotation.note)}</p>`
    : '';
  return quote + note;
}

/** The URL that ends an APA entry becomes a link, as citeproc escaped it (`&` as `&#38;`). */
function linkUrl(citation: string, url: string): string {
  const asCiteprocWrites = url.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
  if (!isWebUrl(url) || !citation.endsWith(asCiteprocWrites)) return citation;
  const before = citation.slice(0, citation.length - asCiteprocWrites.length);
  return `${before}<a href="${escapeHtml(url)}">${asCiteprocWrites}</a>`;
}

function entryHtml(entry: ExportArticle, citation: string, labels: ExportLabels): string {
  const { article, annotations } = entry;
  const parts = [
    `<p class="citation">${linkUrl(keepInlineMarkupOnly(citation), citedUrl(article))}</p>`,
    coinsSpan(entry),
  ];
  if (article.excerpt) parts.push(`<p class="excerpt">${paragraphText(article.excerpt)}</p>`);
  if (article.pageNote.trim()) {
    parts.push(
      `<h2>${escapeHtml(labels.pageNote)}</h2>`,
      `<p class="page-note">${escapeHtml(article.pageNote.trim())}</p>`,
    );
  }
  if (annotations.length > 0) {
    parts.push(
      `<h2>${escapeHtml(labels.highlights)}</h2>`,
      ...annotations.map((a) => highlightHtml(a, labels)),
    );
  }
  return `<li>\n${parts.join('\n')}\n</li>`;
}

/**
 * A printable reading list: a self-contained HTML page (no script, no external resource) with numbered APA 7
 * entries in the chosen locale, excerpts, highlights and notes, and a COinS span per entry so that Zotero's
 * connector and Citavi Picker offer to import the list when it is opened in a browser.
 */
export function exportHtmlReadingList(bundle: ExportBundle, { locale = 'de' }: HtmlOptions = {}): ExportFile {
  const labels = EXPORT_LABELS[locale];
  const list = singleList(bundle);
  const title = list?.name ?? labels.library;
  const citations = apaCitationsHtml(bundle.articles, locale);
  const entries = bundle.articles.map((entry, i) => entryHtml(entry, citations[i] ?? '', labels));
  const description = list?.description.trim()
    ? `<p class="description">${paragraphText(list.description)}</p>`
    : '';
  const html = `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Randnotiz">
<title>${escapeHtml(title)}</title>
<style>${READING_LIST_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${description}
<p class="meta">${escapeHtml(labels.articleCount(bundle.articles.length))} · ${escapeHtml(labels.exportedOn)} ${escapeHtml(longDate(bundle.exportedAt, locale))}</p>
</header>
<main>
<ol class="entries">
${entries.join('\n')}
</ol>
</main>
</body>
</html>
`;
  return { name: `${safeFileStem(title, labels.readingList)}.html`, mimeType: 'text/html', data: html };
}
