import { parsePage, type LoadedPage } from '../../scripts/lib/load-page';
import { extractArticle, type Article, type ExtractOptions } from '../../utils/extract';

export const TEST_URL = 'https://www.example.org/2021/artikel';

/** Parses HTML in jsdom and extracts from it, closing the window afterwards. */
export function extractHtml(html: string, url = TEST_URL, options: ExtractOptions = {}): Article {
  const page: LoadedPage = parsePage(html, url);
  try {
    return extractArticle(page.document, url, { window: page.window, ...options });
  } finally {
    page.close();
  }
}

/** A plain article body of `paragraphs` German paragraphs, long enough for Readability to accept it. */
export function germanParagraphs(paragraphs = 6): string {
  const sentence =
    'Die Digitalisierung verändert die Soziale Arbeit, und Fachkräfte brauchen Zeit, Fortbildung und gute Software, um Beratung auch online verlässlich anzubieten.';
  return Array.from({ length: paragraphs }, (_, i) => `<p>${i + 1}. ${sentence} ${sentence}</p>`).join('\n');
}
