import { useEffect } from 'preact/hooks';
import { useAnnounce } from '@/hooks/useAnnouncer';
import { useI18n } from '@/hooks/useI18n';
import type { ExportFilter } from '@/hooks/useExportFilter';
import { useLibraryFacets, useLibraryPages } from '@/hooks/useLibrary';
import { useSearch } from '@/hooks/useSearch';
import { activeFilterCount, type LibraryState } from '@/utils/library';
import { ClipSection } from '../clip/ClipSection';
import { ArticleList } from './ArticleList';
import { LibraryFilterPanel } from './LibraryFilterPanel';
import { SearchBox } from './SearchBox';
import { SortSelect } from './SortSelect';

/** Rows per page: enough to fill a tall panel, few enough that the first paint stays instant at any size. */
const PAGE_SIZE = 50;

export interface LibraryViewProps {
  state: LibraryState;
  onStateChange: (state: LibraryState) => void;
  hrefFor: (articleId: string) => string;
  /** The article the person just came back from, focused again so they keep their place. */
  returnFocusTo: string | null;
  /** Opens the export with the articles of the current filter or search. */
  onExportFiltered: (filter: ExportFilter) => void;
}

export function LibraryView({
  state,
  onStateChange,
  hrefFor,
  returnFocusTo,
  onExportFiltered,
}: LibraryViewProps) {
  const { t, plural } = useI18n();
  const announce = useAnnounce();
  const search = useSearch(state.search);
  const searching = search.ranked !== null;
  // Sorting by relevance without a search would be meaningless: fall back to the library's default order.
  const sort = !searching && state.sort === 'relevance' ? 'clippedAt-desc' : state.sort;
  const pages = useLibraryPages({ filters: state.filters, sort, ranked: search.ranked }, PAGE_SIZE);
  const facets = useLibraryFacets();
  const { total, rows } = pages;

  useEffect(() => {
    if (!searching || search.pending || total === undefined) return;
    announce(plural(total, 'lib_resultsOne', 'lib_resultsOther'));
  }, [searching, search.pending, total, search.ranked]);
  const setSearch = (text: string) =>
    onStateChange({
      ...state,
      search: text,
      // Typing a first word switches to best-match order; clearing the search returns to the default.
      sort:
        text.trim() !== '' && state.search.trim() === ''
          ? 'relevance'
          : text.trim() === '' && state.sort === 'relevance'
            ? 'clippedAt-desc'
            : state.sort,
    });

  const status = search.status;
  const hint =
    searching && status.phase === 'loading'
      ? t('lib_searchLoading')
      : searching && status.phase === 'indexing'
        ? t('lib_searchIndexing', status.indexed, status.total)
        : null;
  const filtered = searching || activeFilterCount(state.filters) > 0;

  return (
    <section class="view library" aria-labelledby="view-heading">
      <ClipSection />
      <h1 id="view-heading" class="view__heading" tabIndex={-1}>
        {t('lib_heading')}
      </h1>
      <SearchBox value={state.search} onChange={setSearch} hint={hint} />
      <div class="library__controls">
        <SortSelect
          value={sort}
          searching={searching}
          onChange={(next) => onStateChange({ ...state, sort: next })}
        />
        <LibraryFilterPanel
          filters={state.filters}
          facets={facets.value}
          onChange={(filters) => onStateChange({ ...state, filters })}
        />
      </div>
      {pages.error !== null && (
        <p class="message message--error" role="alert">
          {t('common_errorWithReason', String((pages.error as Error)?.message ?? pages.error))}
        </p>
      )}
      {total !== undefined && (
        <p class="library__summary" data-testid="library-summary">
          {searching
            ? plural(total, 'lib_resultsOne', 'lib_resultsOther')
            : plural(total, 'lib_countOne', 'lib_countOther')}
        </p>
      )}
      {filtered && total !== undefined && total > 0 && (
        <button
          type="button"
          class="button button--quiet"
          onClick={() => onExportFiltered({ filters: state.filters, sort, ranked: search.ranked })}
        >
          {t('export_filtered')}
        </button>
      )}
      {total === 0 ? (
        <p class="library__empty">{filtered ? t('lib_noMatches') : t('lib_empty')}</p>
      ) : rows === undefined ? (
        <p class="library__loading">{t('common_loading')}</p>
      ) : (
        <ArticleList
          rows={rows}
          total={total ?? rows.length}
          hasMore={pages.hasMore}
          hrefFor={hrefFor}
          onShowMore={pages.showMore}
          returnFocusTo={returnFocusTo}
        />
      )}
    </section>
  );
}
