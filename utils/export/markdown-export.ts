import { stringify } from 'yaml';
import type { AnnotationRecord } from '../db/records';
import { authorDisplayNames } from '../extract/names/author-name';
import { singleList, type ExportArticle, type ExportBundle } from './bundle';
import { citedUrl } from './csl-item';
import type { ExportFile } from './export-file';
import { EXPORT_LABELS, localIsoDay, type ExportLabels, type ExportLocale } from './export-labels';
import { UniqueFileNames } from './file-names';
import { escapeMarkdownText, htmlToMarkdown, markdownQuote } from './markdown-body';
import { zipFiles } from './zip-files';

export interface MarkdownOptions {
  locale?: ExportLocale;
}

/**
 * Obsidian tags may hold letters, digits, `_`, `-` and `/` only and must not be all digits: "Soziale Arbeit"
 * becomes "Soziale-Arbeit", "SGB II" "SGB-II", so that the tag pane and tag search work on every exported tag.
 */
export function obsidianTag(tag: string): string {
  const cleaned = tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '')
    .replace(/-{2,}/g, '-');
  return /^\d+$/.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** Front matter with the property names the Obsidian Web Clipper uses, so existing Dataview queries keep working. */
function frontMatter({ article }: ExportArticle): string {
  const properties: Record<string, unknown> = {
    title: article.title,
    // Display names from the structured names ("Ursula von der Leyen"), one list item each for Dataview.
    authors: authorDisplayNames(article.authorNames),
    // As precise as stored: "2021-06" stays a month, never becomes a made-up first of June.
    published: article.published ?? undefined,
    source: citedUrl(article),
    site: article.siteName ?? undefined,
    tags: [...new Set(article.tags.map(obsidianTag).filter((tag) => tag !== ''))],
    clipped: localIsoDay(article.clippedAt),
  };
  const defined = Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
  return `---\n${stringify(defined, { lineWidth: 0 }).trimEnd()}\n---`;
}

function highlightBlock(annotation: AnnotationRecord, labels: ExportLabels): string {
  const parts = [markdownQuote(annotation.quote)];
  if (annotation.orphaned) parts.push(`*(${labels.orphaned})*`);
  if (annotation.note.trim()) parts.push(`**${labels.note}:** ${escapeMarkdownText(annotation.note)}`);
  return parts.join('\n\n');
}

export function articleMarkdown(entry: ExportArticle, locale: ExportLocale = 'de'): string {
  const labels = EXPORT_LABELS[locale];
  const { article, body, annotations } = entry;
  const sections = [frontMatter(entry), `# ${escapeMarkdownText(article.title)}`];
  if (article.pageNote.trim()) sections.push(`## ${labels.pageNote}`, escapeMarkdownText(article.pageNote));
  if (annotations.length > 0) {
    sections.push(`## ${labels.highlights}`, annotations.map((a) => highlightBlock(a, labels)).join('\n\n'));
  }
  sections.push('---', body ? htmlToMarkdown(body.html) : `*${labels.notLoaded}* <${citedUrl(article)}>`);
  return `${sections.join('\n\n')}\n`;
}

function indexMarkdown(bundle: ExportBundle, fileNames: readonly string[], labels: ExportLabels): string {
  const list = singleList(bundle);
  const title = list?.name ?? labels.library;
  const header = `---\n${stringify({ title, exported: localIsoDay(bundle.exportedAt) }, { lineWidth: 0 }).trimEnd()}\n---`;
  const lines = bundle.articles.map((entry, i) => {
    const link = `[[${(fileNames[i] ?? '').replace(/\.md$/, '')}|${entry.article.title.replace(/[|\]]/g, ' ')}]]`;
    const authors = authorDisplayNames(entry.article.authorNames);
    const by = authors.length > 0 ? ` — ${escapeMarkdownText(authors.join(', '))}` : '';
    return `${i + 1}. ${link}${by} ([${labels.source}](<${citedUrl(entry.article)}>))`;
  });
  const description = list?.description.trim() ? [escapeMarkdownText(list.description)] : [];
  return `${[header, `# ${escapeMarkdownText(title)}`, ...description, lines.join('\n')].join('\n\n')}\n`;
}

/**
 * One Markdown file per article; several are zipped together with an index file (named after the reading list)
 * that links them in list order. A single article without a list is returned as its own `.md` file.
 */
export function exportMarkdown(bundle: ExportBundle, { locale = 'de' }: MarkdownOptions = {}): ExportFile {
  const labels = EXPORT_LABELS[locale];
  const list = singleList(bundle);
  const indexTitle = list?.name ?? labels.library;
  const names = new UniqueFileNames();
  const indexName = names.next(indexTitle, 'md', labels.readingList);
  const articleFiles = bundle.articles.map((entry) => ({
    name: names.next(entry.article.title, 'md', labels.untitled),
    mimeType: 'text/markdown',
    data: articleMarkdown(entry, locale),
  }));
  const [only] = articleFiles;
  if (only && articleFiles.length === 1 && !list) return only;
  const index = {
    name: indexName,
    mimeType: 'text/markdown',
    data: indexMarkdown(
      bundle,
      articleFiles.map((file) => file.name),
      labels,
    ),
  };
  return {
    name: `${indexName.replace(/\.md$/, '')}.zip`,
    mimeType: 'application/zip',
    data: zipFiles([index, ...articleFiles], bundle.exportedAt),
  };
}
