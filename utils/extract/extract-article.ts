import { cleanArticleContent, removeClutter } from './clutter';
import { emptyArticle } from './empty-article';
import { createDeadline, stepBudgetFor, type Deadline } from './deadline';
import { cloneDocument } from './safe-clone';
import { findAuthors } from './metadata/authors';
import { findCanonicalUrl } from './metadata/canonical-url';
import { findDates } from './metadata/dates';
import { stateScriptTexts } from './metadata/dates/script-state-dates';
import { findExcerpt } from './metadata/excerpt';
import { mainLdNode, readJsonLd } from './metadata/json-ld';
import { declaredLanguage } from './metadata/language';
import { findLeadImage } from './metadata/lead-image';
import { estimateReadingTime, statedReadingTime } from './metadata/reading-time';
import { findSiteName } from './metadata/site-name';
import { findTitle } from './metadata/title';
import { headlineCandidates } from './metadata/title/headline';
import { defuseClobbering, removeInertElements } from './neutralise';
import { countWords, plainText } from './plain-text';
import { mainRegion } from './main-region';
import { judgeReaderable, looksLikeListing, teaserHeadings } from './readerable';
import { runReadability } from './run-readability';
import { sanitiseToFragment } from './sanitise';
import { looksLikeProse } from './text-quality';
import { revealLazyMedia } from './lazy-media';
import { authorDisplayNames } from './names/author-name';
import { ExtractionTimeout, type Article, type LanguageDetector, type Provenance } from './types';

export interface ExtractOptions {
  /**
   * Work budget in steps, never in time (default: in proportion to the page's element count, far above what any
   * real page needs), so the same page gives the same Article on an idle and on a busy machine. Tests pass a
   * small one to see a run stop.
   */
  stepBudget?: number;
  /** The window whose DOMPurify and parser are used; defaults to `document.defaultView`. */
  window?: Window;
  /** Keep the whole cleaned main region instead of Readability's pick ("save anyway" for non-articles). */
  fullPage?: boolean;
  /**
   * Names the language of the article's text. Without one, `lang` is the language the page declares: the clip
   * script extracts so (the detector's language profiles would nearly double its size) and the background names the
   * language afterwards with the same detector (utils/clip/article-language.ts).
   */
  detectLanguage?: LanguageDetector;
}

/**
 * Turns a page into a clean article. Pure: works on a clone, never touches `document`, and runs the same in a
 * content script (live DOM) and in Node (jsdom). Never throws: a timeout or failure comes back as an Article
 * with `readerable: false` and a reason. The language detector is injected (see `ExtractOptions`); `index.ts`
 * passes franc's, and that is the function everything but the clip script calls.
 */
export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): Article {
  const win = options.window ?? document.defaultView;
  if (!win) throw new TypeError('extractArticle needs a window (pass options.window for detached documents)');
  const deadline = createDeadline(options.stepBudget ?? stepBudgetFor(document));
  try {
    return extractWithin(document, url, win, deadline, options);
  } catch (error) {
    return emptyArticle(url, error instanceof ExtractionTimeout ? 'timeout' : 'error');
  }
}

function extractWithin(
  source: Document,
  url: string,
  win: Window,
  deadline: Deadline,
  options: ExtractOptions,
): Article {
  const fullPage = options.fullPage ?? false;
  const doc = cloneDocument(source);
  defuseClobbering(doc);
  ensureBase(doc, url);
  // Before inert elements go: a lazy image's real source may sit in a <noscript> copy.
  revealLazyMedia(doc);
  const ld = readJsonLd(doc);
  const stateScripts = stateScriptTexts(doc);
  removeInertElements(doc);
  deadline.check();

  const main = mainLdNode(ld);
  const declared = declaredLanguage(doc);
  const locale = doc.documentElement?.getAttribute('lang') ?? null;
  const headlines = headlineCandidates(doc);
  const site = findSiteName(doc, ld, url, headlines);
  const siteName = site.siteName;
  const title = findTitle(doc, main, siteName, url, headlines);
  const authors = findAuthors(doc, main, null, { siteName, ld });
  const dates = findDates(doc, url, main, locale, ld, new Date(), stateScripts);
  const provenance: Provenance = {
    title: title.provenance,
    authors: authors.provenance,
    published: dates.provenance.published,
    modified: dates.provenance.modified,
    siteName: site.provenance,
  };
  const canonicalUrl = findCanonicalUrl(doc, url);
  const leadImage = findLeadImage(doc, main, url);
  const metaExcerpt = findExcerpt(doc, main);
  const statedMinutes = statedReadingTime(doc);
  deadline.check();

  removeClutter(doc, deadline);
  // Both the listing test and the main region start from the teaser headings of the same cleaned page.
  const headings = doc.body ? teaserHeadings(doc.body) : [];
  const isListing = looksLikeListing(doc, headings);
  // Readability keeps one teaser of a listing; the listing itself is what the reader sees and may save.
  const region =
    isListing || fullPage ? (mainRegion(doc, headings)?.cloneNode(true) as Element | undefined) : undefined;
  const result = runReadability(doc, deadline);
  const content = region ?? result.content;
  if (content) cleanArticleContent(content, deadline);
  deadline.check();

  const fragment = content ? sanitiseToFragment(win, content) : null;
  const text = fragment ? plainText(fragment) : '';
  const html = fragment ? serialise(fragment) : '';
  const wordCount = countWords(text);
  const verdict = judgeReaderable(isListing, wordCount, () => looksLikeProse(text));
  const authorNames = authorDisplayNames(authors.names);
  const readabilityTitle = result.title?.trim() ?? '';
  if (!title.title && readabilityTitle) {
    provenance.title = {
      source: 'title-tag',
      confidence: 'low',
      reason: "Readability's pick of the page title",
    };
  }
  return {
    title: title.title || readabilityTitle,
    author: authorNames.length ? authorNames.join(', ') : null,
    authors: authorNames,
    authorNames: authors.names,
    published: dates.published,
    modified: dates.modified,
    lang: options.detectLanguage ? options.detectLanguage(text, declared) : declared,
    siteName,
    canonicalUrl,
    excerpt: metaExcerpt ?? firstSentences(text),
    leadImage,
    wordCount,
    readingTimeMinutes: statedMinutes ?? estimateReadingTime(wordCount),
    readerable: verdict.readerable,
    reason: verdict.reason,
    provenance,
    text,
    html,
  };
}

/** Readability resolves links against the base URI; a clone or a parsed file may not carry the page's URL. */
function ensureBase(doc: Document, url: string): void {
  if (doc.querySelector('base[href]') || !doc.head) return;
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.prepend(base);
}

function serialise(fragment: DocumentFragment): string {
  const container = fragment.ownerDocument.createElement('div');
  container.appendChild(fragment.cloneNode(true));
  return container.innerHTML;
}

function firstSentences(text: string): string | null {
  const first = text.split('\n\n').find((block) => block.length > 80) ?? text.split('\n\n')[0];
  if (!first) return null;
  return first.length > 300 ? `${first.slice(0, 297).replace(/\s+\S*$/, '')} …` : first;
}
