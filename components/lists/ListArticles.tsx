import { useState } from 'preact/hooks';
import type { I18n } from '@/hooks/useI18n';
import type { MoveDirection } from '@/hooks/useReadingLists';
import type { ArticleRecord } from '@/hooks/useReaderArticle';
import { dropEdgeAt, dropGap, indexAfterDrop } from '@/utils/reading-lists/drop-position';
import { ListArticleRow } from './ListArticleRow';

export interface ListArticlesProps {
  listName: string;
  articles: readonly ArticleRecord[];
  t: I18n['t'];
  hrefFor: (articleId: string) => string;
  onMove: (article: ArticleRecord, direction: MoveDirection, index: number) => void;
  /** A drop: the article's index after the move. */
  onPlace: (article: ArticleRecord, toIndex: number) => void;
  onRemove: (article: ArticleRecord) => void;
}

/** Marks a drag as one of this list's rows, so text or links dragged in from elsewhere are not taken for one. */
const DRAG_TYPE = 'application/x-randnotiz-list-entry';

interface Drag {
  from: number;
  /** The gap the row would be dropped into; null while the pointer is outside the list. */
  gap: number | null;
}

/**
 * A list's articles in order, reordered by dragging a row (native drag and drop, with a line where it will
 * land) or with the "move up/down" buttons (keyboard and screen-reader friendly).
 */
export function ListArticles({
  listName,
  articles,
  t,
  hrefFor,
  onMove,
  onPlace,
  onRemove,
}: ListArticlesProps) {
  const [drag, setDrag] = useState<Drag | null>(null);
  if (articles.length === 0) return <p class="lists-empty">{t('lists_emptyList')}</p>;
  const shownGap =
    drag && drag.gap !== null && indexAfterDrop(drag.from, drag.gap) !== null ? drag.gap : null;

  return (
    <ol
      class="lists-articles"
      aria-label={t('lists_articlesOf', listName)}
      onDragLeave={(event) => {
        if (drag && !event.currentTarget.contains(event.relatedTarget as Node | null))
          setDrag({ ...drag, gap: null });
      }}
    >
      {articles.map((article, index) => (
        <ListArticleRow
          key={article.id}
          article={article}
          index={index}
          count={articles.length}
          listName={listName}
          t={t}
          href={hrefFor(article.id)}
          dropEdge={dropEdgeAt(index, articles.length, shownGap)}
          dragging={drag?.from === index}
          onDragStart={(event) => {
            if (!event.dataTransfer) return;
            event.dataTransfer.effectAllowed = 'move';
            // Firefox starts a drag only with data set.
            event.dataTransfer.setData(DRAG_TYPE, article.id);
            setDrag({ from: index, gap: null });
          }}
          onDragOver={(event) => {
            if (!drag || !event.dataTransfer?.types.includes(DRAG_TYPE)) return;
            event.preventDefault();
            event.dataTransfer.dropEffect = 'move';
            const box = event.currentTarget.getBoundingClientRect();
            const gap = dropGap(index, event.clientY, box.top, box.height);
            if (gap !== drag.gap) setDrag({ ...drag, gap });
          }}
          onDrop={(event) => {
            if (!drag) return;
            event.preventDefault();
            const box = event.currentTarget.getBoundingClientRect();
            const to = indexAfterDrop(drag.from, dropGap(index, event.clientY, box.top, box.height));
            const moved = articles[drag.from];
            setDrag(null);
            if (to !== null && moved) onPlace(moved, to);
          }}
          onDragEnd={() => setDrag(null)}
          onMove={(direction) => onMove(article, direction, index)}
          onRemove={() => onRemove(article)}
        />
      ))}
    </ol>
  );
}
