import { useI18n } from '@/hooks/useI18n';
import type { LibraryRow } from '@/hooks/useLibrary';
import { Icon } from '../common/Icon';
import { AddToList } from '../lists/AddToList';
import { STATUS_LABELS } from './status-labels';

export interface ArticleListItemProps {
  row: LibraryRow;
  /** The reader's address for this article. */
  href: string;
  /** 1-based place among all matches, and their number: the list draws only the rows near the viewport. */
  position: number;
  setSize: number;
}

/** One library entry: the title is the link to the reader; everything else is read as part of it. */
export function ArticleListItem({ row, href, position, setSize }: ArticleListItemProps) {
  const { t, formatDay, plural } = useI18n();
  const { article, highlightCount } = row;
  const published = formatDay(article.published);
  const byline = [article.siteName, article.authors.join(', ')].filter(Boolean).join(' · ');
  return (
    <li
      class="article-item"
      data-article-id={article.id}
      aria-posinset={position}
      aria-setsize={setSize}
      // Only rows near the viewport are drawn, and their real heights are measured: the stylesheet's
      // content-visibility placeholder height would be measured instead.
      style={{ contentVisibility: 'visible' }}
    >
      <h3 class="article-item__title">
        <a href={href} class="article-item__link" id={`article-link-${article.id}`}>
          {article.title.trim() || t('lib_untitled')}
        </a>
      </h3>
      {byline && <p class="article-item__byline">{byline}</p>}
      <p class="article-item__meta">
        {published && (
          <time dateTime={article.published ?? undefined} class="article-item__date">
            {published}
          </time>
        )}
        <span class={`status status--${article.status}`}>
          <span class="visually-hidden">{t('lib_statusLabel', t(STATUS_LABELS[article.status]))}</span>
          <span aria-hidden="true">{t(STATUS_LABELS[article.status])}</span>
        </span>
        {highlightCount > 0 && (
          <span class="article-item__highlights">
            <Icon name="highlight" size={14} />
            {plural(highlightCount, 'lib_highlightsOne', 'lib_highlightsOther')}
          </span>
        )}
        {article.loadState === 'pending' && <span class="article-item__pending">{t('lib_notLoaded')}</span>}
      </p>
      {article.tags.length > 0 && (
        <ul class="tag-list" aria-label={t('lib_tagsLabel')}>
          {article.tags.map((tag) => (
            <li key={tag} class="tag">
              {tag}
            </li>
          ))}
        </ul>
      )}
      <AddToList articleId={article.id} articleTitle={article.title} compact />
    </li>
  );
}
