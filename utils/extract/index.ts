import { extractArticle as extractWith, type ExtractOptions } from './extract-article';
import { detectLanguage } from './metadata/language-detection';
import type { Article } from './types';

export { emptyArticle } from './empty-article';
export type { ExtractOptions } from './extract-article';
export { READERABLE_REASONS, type Article, type LanguageDetector, type ReaderableReason } from './types';

/**
 * Turns a page into a clean article, naming its language from the text (franc-min; see `detectLanguage`). The
 * pure pipeline is `./extract-article`; the clip script calls that one without a detector to stay small, and the
 * background then names the language with this same detector, so a clip and the CLI give the same Article.
 */
export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): Article {
  return extractWith(document, url, { ...options, detectLanguage: options.detectLanguage ?? detectLanguage });
}
