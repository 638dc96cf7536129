import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/hooks/useI18n';
import type { LibraryRow } from '@/hooks/useLibrary';
import { ArticleListItem } from './ArticleListItem';
import { rowOffset, rowWindow } from './row-window';

export interface ArticleListProps {
  rows: readonly LibraryRow[];
  total: number;
  /** More rows can be loaded after these. */
  hasMore: boolean;
  hrefFor: (articleId: string) => string;
  onShowMore: () => void;
  /** The article the person just came back from: scrolled to and focused once it is loaded. */
  returnFocusTo: string | null;
}

/** A row's height before it was drawn once: about a row with a byline, a date line and one line of tags. */
const ESTIMATED_ROW_PX = 96;
/** Rows drawn beyond each edge of the viewport, in pixels: enough for fast scrolling and for Tab to find the next row. */
const OVERSCAN_PX = 800;

interface Viewport {
  top: number;
  bottom: number;
}

/** The viewport in pixels from the list's top edge (the panel's document is what scrolls). */
function viewportOf(list: HTMLElement | null): Viewport {
  const top = list ? -list.getBoundingClientRect().top : 0;
  return { top, bottom: top + window.innerHeight };
}

/**
 * The library rows loaded so far, a page at a time, and of those only the ones near the viewport are in the DOM
 * (measured once drawn, estimated before): thousands of loaded rows cost no more to draw than fifty. Each row says
 * its position in all the matches (aria-posinset/-setsize), the row holding the focus is always kept, and more rows
 * load when the end of the list scrolls into view, or with the button, which then moves focus to the first new one.
 */
export function ArticleList({ rows, total, hasMore, hrefFor, onShowMore, returnFocusTo }: ArticleListProps) {
  const { t } = useI18n();
  const list = useRef<HTMLOListElement>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  /** "Show more" pressed with this many rows: focus the first new row once it is loaded. */
  const focusFrom = useRef<number | null>(null);
  /** A row to focus as soon as it is drawn (the first new one, the one come back to). */
  const pendingFocus = useRef<string | null>(returnFocusTo);
  const [viewport, setViewport] = useState<Viewport>({ top: 0, bottom: 2000 });
  const [measured, setMeasured] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const remaining = Math.max(0, total - rows.length);

  const firstNew = focusFrom.current === null ? undefined : rows[focusFrom.current];
  if (firstNew) {
    pendingFocus.current = firstNew.article.id;
    focusFrom.current = null;
  }
  const pinnedId = pendingFocus.current ?? focusedId;

  const known = [...heights.current.values()];
  const estimate = known.length ? known.reduce((a, b) => a + b, 0) / known.length : ESTIMATED_ROW_PX;
  const rowHeights = rows.map((row) => heights.current.get(row.article.id) ?? estimate);
  const pinnedIndex = pinnedId === null ? -1 : rows.findIndex((row) => row.article.id === pinnedId);
  const shown = rowWindow(
    rowHeights,
    viewport.top,
    viewport.bottom,
    OVERSCAN_PX,
    pinnedIndex === -1 ? null : pinnedIndex,
  );
  void measured; // re-render trigger after new measurements

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = viewportOf(list.current);
        setViewport((previous) =>
          Math.abs(previous.top - next.top) < 1 && Math.abs(previous.bottom - next.bottom) < 1
            ? previous
            : next,
        );
      });
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
    };
  }, []);

  // Measure the rows drawn; a changed height re-lays the window once.
  useLayoutEffect(() => {
    let changed = false;
    for (const item of list.current?.querySelectorAll<HTMLElement>(':scope > li[data-article-id]') ?? []) {
      const id = item.dataset.articleId!;
      const height = item.offsetHeight;
      if (height > 0 && Math.abs((heights.current.get(id) ?? -1) - height) > 0.5) {
        heights.current.set(id, height);
        changed = true;
      }
    }
    if (changed) setMeasured((n) => n + 1);
  });

  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasMore || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) onShowMore();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasMore, onShowMore, rows.length]);

  useEffect(() => {
    if (returnFocusTo !== null) pendingFocus.current = returnFocusTo;
  }, [returnFocusTo]);

  // A row waiting for focus is drawn when near the window (it is pinned); when it is far, scroll to it first.
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const link = document.getElementById(`article-link-${id}`);
    if (link) {
      pendingFocus.current = null;
      link.focus();
    } else if (pinnedIndex === -1) {
      pendingFocus.current = null; // not among the rows loaded: nothing to come back to
    } else {
      const listTop = (list.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      window.scrollTo({ top: listTop + rowOffset(rowHeights, pinnedIndex) });
    }
  });

  return (
    <>
      <ol
        ref={list}
        class="article-list"
        aria-label={t('lib_listLabel')}
        style={{ paddingTop: `${shown.paddingTop}px`, paddingBottom: `${shown.paddingBottom}px` }}
        onFocusIn={(event) => {
          const item = (event.target as HTMLElement).closest<HTMLElement>('li[data-article-id]');
          if (item) setFocusedId(item.dataset.articleId ?? null);
        }}
        onFocusOut={(event) => {
          if (!list.current?.contains(event.relatedTarget as Node | null)) setFocusedId(null);
        }}
      >
        {rows.slice(shown.start, shown.end).map((row, offset) => (
          <ArticleListItem
            key={row.article.id}
            row={row}
            href={hrefFor(row.article.id)}
            position={shown.start + offset + 1}
            setSize={Math.max(total, rows.length)}
          />
        ))}
      </ol>
      {remaining > 0 && (
        <div ref={sentinel} class="article-list__more">
          <button
            type="button"
            class="button"
            disabled={!hasMore}
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
