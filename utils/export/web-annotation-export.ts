import type { AnnotationRecord, ArticleRecord, HighlightColour } from '../db/records';
import { singleList, type ExportBundle } from './bundle';
import { citedUrl } from './csl-item';
import type { ExportFile } from './export-file';
import { safeFileStem } from './file-names';

/** Print colours of the panel's named highlight colours, carried as a CSS style class (Web Annotation §4.3). */
const CSS_COLOURS: Record<HighlightColour, string> = {
  yellow: '#fff3a3',
  green: '#c8f0c0',
  blue: '#c6e2ff',
  pink: '#ffd0e6',
  orange: '#ffd9b0',
};

const STYLESHEET = {
  type: 'CssStylesheet',
  value: Object.entries(CSS_COLOURS)
    .map(([colour, css]) => `.randnotiz-${colour} { background-color: ${css}; }`)
    .join(' '),
};

const iso = (ms: number) => new Date(ms).toISOString();

function textualBody(value: string, article: ArticleRecord) {
  return {
    type: 'TextualBody',
    value,
    format: 'text/plain',
    ...(article.lang ? { language: article.lang } : {}),
    purpose: 'commenting',
  };
}

/**
 * A highlight with a note is "commenting", one without "highlighting". An orphaned highlight keeps only its quote
 * selector: its last position refers to a text that has changed since, and would anchor a consumer at the wrong
 * place. Offsets count UTF-16 code units of the article's extracted plain text, like Hypothesis' do.
 */
function highlightAnnotation(annotation: AnnotationRecord, article: ArticleRecord) {
  const note = annotation.note.trim();
  const selector = annotation.orphaned
    ? [annotation.selectors.quote]
    : [annotation.selectors.quote, annotation.selectors.position];
  return {
    id: `urn:uuid:${annotation.id}`,
    type: 'Annotation',
    motivation: note ? 'commenting' : 'highlighting',
    created: iso(annotation.createdAt),
    modified: iso(annotation.updatedAt),
    ...(note ? { body: textualBody(note, article) } : {}),
    target: { source: citedUrl(article), styleClass: `randnotiz-${annotation.colour}`, selector },
    stylesheet: STYLESHEET,
  };
}

/** The page note annotates the whole page: a target without a selector. */
function pageNoteAnnotation(article: ArticleRecord) {
  return {
    id: `urn:uuid:${article.id}#page-note`,
    type: 'Annotation',
    motivation: 'commenting',
    created: iso(article.clippedAt),
    modified: iso(article.updatedAt),
    body: textualBody(article.pageNote.trim(), article),
    target: { source: citedUrl(article) },
  };
}

/**
 * W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/): one AnnotationCollection with a single
 * AnnotationPage holding every highlight, note and page note, each targeting the article's URL with a
 * TextQuoteSelector and a TextPositionSelector, so Hypothesis-style tools can anchor them on the live page.
 */
export function exportWebAnnotations(bundle: ExportBundle): ExportFile {
  const items = bundle.articles.flatMap(({ article, annotations }) => [
    ...(article.pageNote.trim() ? [pageNoteAnnotation(article)] : []),
    ...annotations.map((annotation) => highlightAnnotation(annotation, article)),
  ]);
  const label = singleList(bundle)?.name ?? 'Randnotiz';
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generated: iso(bundle.exportedAt),
    generator: { type: 'Software', name: 'Randnotiz' },
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return {
    name: `${safeFileStem(label, 'Randnotiz')}.annotations.jsonld`,
    mimeType: 'application/ld+json',
    data: `${JSON.stringify(collection, null, 2)}\n`,
  };
}
