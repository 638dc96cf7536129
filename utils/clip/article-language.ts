import type { Article } from '../extract';
import { detectLanguage } from '../extract/metadata/language-detection';

/**
 * The clip script extracts without a language detector (franc-min's language profiles would nearly double
 * its size), so the `lang` it answers is the language the page declares. The background then names the language
 * from the article's text with the same detector and the same rule `extractArticle` applies everywhere else, so a
 * clip stores what `npm run extract` prints for the same page.
 */
export function withTextLanguage(article: Article): Article {
  return { ...article, lang: detectLanguage(article.text, article.lang) };
}
