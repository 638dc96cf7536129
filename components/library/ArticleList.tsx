import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '@/hooks/useI18n';
import type { LibraryRow } from '@/hooks/useLibrary';
import { ArticleListItem } from './ArticleListItem';

export interface ArticleListProps {
  rows: readonly LibraryRow[];
  total: number;
  hrefFor: (articleId: string) => string;
  onShowMore: () => void;
}

/**
 * The library rows shown so far, a page at a time: the first page is all a panel with thousands of articles
 * renders on open. More rows load when the end of the list scrolls into view, or with the button, which then
 * moves focus to the first new entry.
 */
export function ArticleList({ rows, total, hrefFor, onShowMore }: ArticleListProps) {
  const { t } = useI18n();
  const sentinel = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | null>(null);
  const remaining = total - rows.length;

  useEffect(() => {
    const target = sentinel.current;
    if (!target || remaining <= 0 || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onShowMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [remaining, onShowMore]);

  useEffect(() => {
    const from = focusFrom.current;
    const row = from === null ? undefined : rows[from];
    if (!row) return;
    focusFrom.current = null;
    document.getElementById(`article-link-${row.article.id}`)?.focus();
  }, [rows]);

  return (
    <>
      <ol class="article-list" aria-label={t('lib_listLabel')}>
        {rows.map((row) => (
          <ArticleListItem key={row.article.id} row={row} href={hrefFor(row.article.id)} />
        ))}
      </ol>
      {remaining > 0 && (
        <div ref={sentinel} class="article-list__more">
          <button
            type="button"
            class="button"
            onClick={() => {
              focusFrom.current = rows.length;
              onShowMore();
            }}
          >
            {t('lib_showMore', remaining)}
          </button>
        </div>
      )}
    </>
  );
}
