import { Readability } from '@mozilla/readability';
import { extractArticle, type Article } from '../../utils/extract';
import { plainText } from '../../utils/extract/plain-text';
import { PROVENANCE_FIELDS, type ProvenanceField } from '../../utils/extract/types';
import type { LoadedPage } from './load-page';

/** The two tools compared in every run: our full pipeline and bare Readability on the same document. */
export type ToolName = 'ours' | 'readability';
export const TOOLS: readonly ToolName[] = ['ours', 'readability'];
export const TOOL_LABELS: Record<ToolName, string> = { ours: 'Randnotiz', readability: 'Readability 0.6.0' };

/** What the scoring needs from a tool's answer for one page. */
export interface ToolOutput {
  title: string | null;
  author: string | readonly string[] | null;
  published: string | null;
  lang: string | null;
  siteName: string | null;
  text: string;
  readerable: boolean | null;
  /** Ours only: which source and rule produced each metadata value ("json-ld · JSON-LD datePublished …"). */
  provenance?: Partial<Record<ProvenanceField, string>>;
  /** Wall-clock time of the extraction call only (no file reading, no parsing). */
  ms: number;
  error?: string;
}

/** Pages slower than this are counted apart: a speed figure only, extraction itself has no time limit. */
export const PRODUCT_BUDGET_MS = 2_000;

/** "source · reason" per field; tolerant of an Article without provenance (older builds, partial wiring). */
function provenanceLabels(article: Article): Partial<Record<ProvenanceField, string>> {
  const labels: Partial<Record<ProvenanceField, string>> = {};
  for (const field of PROVENANCE_FIELDS) {
    const entry = (article.provenance as Partial<Article['provenance']> | undefined)?.[field];
    if (entry) labels[field] = `${entry.source} · ${entry.reason}`;
  }
  return labels;
}

export function runOurs(page: LoadedPage, url: string): ToolOutput {
  const start = performance.now();
  const article = extractArticle(page.document, url, { window: page.window });
  const ms = performance.now() - start;
  return {
    title: article.title || null,
    author: article.authors,
    published: article.published,
    lang: article.lang,
    siteName: article.siteName,
    text: article.text,
    readerable: article.readerable,
    provenance: provenanceLabels(article),
    ms,
    ...(article.reason === 'error' || article.reason === 'timeout' ? { error: article.reason } : {}),
  };
}

/**
 * Bare Readability as a clipper would call it: clone, parse. Its metadata is what it reports (byline as
 * author, the day of `publishedTime`, its `lang` or else the page's); its text goes through the same
 * plain-text derivation as ours, outside the timed call, so both are judged on equal terms.
 */
export function runReadability(page: LoadedPage): ToolOutput {
  const start = performance.now();
  let parsed: ReturnType<Readability<string>['parse']> = null;
  let error: string | undefined;
  try {
    parsed = new Readability(page.document.cloneNode(true) as Document).parse();
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const ms = performance.now() - start;
  const declaredLang = page.document.documentElement?.getAttribute('lang') ?? null;
  return {
    title: parsed?.title?.trim() || null,
    author: parsed?.byline?.trim() || null,
    published: parsed?.publishedTime ? parsed.publishedTime.slice(0, 10) : null,
    lang: parsed?.lang || declaredLang,
    siteName: parsed?.siteName?.trim() || null,
    text: parsed?.content ? htmlToPlainText(page.document, parsed.content) : '',
    readerable: null,
    ms,
    ...(error ? { error } : {}),
  };
}

function htmlToPlainText(document: Document, html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return plainText(template.content);
}

export function runTool(tool: ToolName, page: LoadedPage, url: string): ToolOutput {
  return tool === 'ours' ? runOurs(page, url) : runReadability(page);
}
