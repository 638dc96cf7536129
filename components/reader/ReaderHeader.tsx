import type { ArticleRecord } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import { hostOf } from '@/utils/reader/article-meta';
import { uncertainFields } from '../metadata/metadata-fields';
import { MetadataPanel } from '../metadata/MetadataPanel';

export interface ReaderHeaderProps {
  article: ArticleRecord;
  i18n: I18n;
}

/**
 * Title, then authors, date, site, reading time and the link to the original, as one line of facts; below it the
 * citation details to check and correct (the clip card's form), folded away until wanted.
 */
export function ReaderHeader({ article, i18n }: ReaderHeaderProps) {
  const { t, plural } = i18n;
  const unsure = uncertainFields(article).length;
  const date = i18n.formatDay(article.published);
  const site = article.siteName ?? hostOf(article.canonicalUrl);
  return (
    <header class="rn-reader-header">
      <h1 id="view-heading" tabIndex={-1}>
        {article.title}
      </h1>
      <p class="rn-reader-meta">
        {article.authors.length > 0 && <span>{t('reader_byAuthors', article.authors.join(', '))}</span>}
        {date && article.published && <time dateTime={article.published}>{date}</time>}
        <span>{site}</span>
        {article.readingTimeMinutes > 0 && (
          <span>{t('reader_readingTime', String(article.readingTimeMinutes))}</span>
        )}
        <a href={article.canonicalUrl} target="_blank" rel="noopener noreferrer">
          {t('reader_openOriginal')}
        </a>
      </p>
      {/* In the panel's language, not the article's, which the surrounding <article> declares. */}
      <details class="rn-reader-metadata" lang={i18n.locale}>
        <summary>
          {t('meta_readerSummary')}
          {unsure > 0 && <> – {plural(unsure, 'meta_checkHintOne', 'meta_checkHintOther')}</>}
        </summary>
        <MetadataPanel article={article} i18n={i18n} />
      </details>
    </header>
  );
}
