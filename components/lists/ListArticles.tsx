import type { I18n } from '@/hooks/useI18n';
import type { MoveDirection } from '@/hooks/useReadingLists';
import type { ArticleRecord } from '@/hooks/useReaderArticle';

export interface ListArticlesProps {
  listName: string;
  articles: readonly ArticleRecord[];
  t: I18n['t'];
  hrefFor: (articleId: string) => string;
  onMove: (article: ArticleRecord, direction: MoveDirection, index: number) => void;
  onRemove: (article: ArticleRecord) => void;
}

/** A list's articles in order, reordered with "move up/down" buttons (keyboard and screen-reader friendly). */
export function ListArticles({ listName, articles, t, hrefFor, onMove, onRemove }: ListArticlesProps) {
  if (articles.length === 0) return <p class="lists-empty">{t('lists_emptyList')}</p>;
  return (
    <ol class="lists-articles" aria-label={t('lists_articlesOf', listName)}>
      {articles.map((article, index) => (
        <li key={article.id} class="lists-articles__item" data-article-id={article.id}>
          <a href={hrefFor(article.id)} class="lists-articles__title">
            {article.title}
          </a>
          <div class="lists-item__actions">
            <button
              type="button"
              class="button button--quiet"
              id={`move-up-${article.id}`}
              aria-label={t('lists_moveUp', article.title)}
              disabled={index === 0}
              onClick={() => onMove(article, 'up', index)}
            >
              ↑
            </button>
            <button
              type="button"
              class="button button--quiet"
              id={`move-down-${article.id}`}
              aria-label={t('lists_moveDown', article.title)}
              disabled={index === articles.length - 1}
              onClick={() => onMove(article, 'down', index)}
            >
              ↓
            </button>
            <button
              type="button"
              class="button button--quiet"
              aria-label={t('lists_removeArticle', article.title, listName)}
              onClick={() => onRemove(article)}
            >
              {t('lists_remove')}
            </button>
          </div>
        </li>
      ))}
    </ol>
  );
}
