import type { JSX } from 'preact';
import type { I18n } from '@/hooks/useI18n';
import type { MoveDirection } from '@/hooks/useReadingLists';
import type { ArticleRecord } from '@/hooks/useReaderArticle';
import type { DropEdge } from '@/utils/reading-lists/drop-position';

type DragHandler = JSX.DragEventHandler<HTMLLIElement>;

export interface ListArticleRowProps {
  article: ArticleRecord;
  index: number;
  count: number;
  listName: string;
  t: I18n['t'];
  href: string;
  /** Where the drop indicator shows on this row while something is dragged over the list. */
  dropEdge: DropEdge | null;
  dragging: boolean;
  onDragStart: DragHandler;
  onDragOver: DragHandler;
  onDrop: DragHandler;
  onDragEnd: DragHandler;
  onMove: (direction: MoveDirection) => void;
  onRemove: () => void;
}

/**
 * One article of a reading list: dragged anywhere on the row (the grip shows that it can be), or moved with
 * the "up"/"down" buttons, which keyboard and screen-reader users reach like any other button.
 */
export function ListArticleRow(props: ListArticleRowProps) {
  const { article, index, count, listName, t, dropEdge, dragging } = props;
  const classes = [
    'lists-articles__item',
    dragging ? 'lists-articles__item--dragging' : '',
    dropEdge ? `lists-articles__item--drop-${dropEdge}` : '',
  ];
  return (
    <li
      class={classes.filter(Boolean).join(' ')}
      data-article-id={article.id}
      draggable
      onDragStart={props.onDragStart}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      onDragEnd={props.onDragEnd}
    >
      <span class="lists-articles__grip" aria-hidden="true" title={t('lists_dragHint')}>
        ⠿
      </span>
      {/* The row is what is dragged; a dragged link would carry its URL away instead. */}
      <a href={props.href} class="lists-articles__title" draggable={false}>
        {article.title}
      </a>
      <div class="lists-item__actions">
        <button
          type="button"
          class="button button--quiet"
          id={`move-up-${article.id}`}
          aria-label={t('lists_moveUp', article.title)}
          disabled={index === 0}
          onClick={() => props.onMove('up')}
        >
          ↑
        </button>
        <button
          type="button"
          class="button button--quiet"
          id={`move-down-${article.id}`}
          aria-label={t('lists_moveDown', article.title)}
          disabled={index === count - 1}
          onClick={() => props.onMove('down')}
        >
          ↓
        </button>
        <button
          type="button"
          class="button button--quiet"
          aria-label={t('lists_removeArticle', article.title, listName)}
          onClick={props.onRemove}
        >
          {t('lists_remove')}
        </button>
      </div>
    </li>
  );
}
