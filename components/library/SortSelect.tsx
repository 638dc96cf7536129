import { useI18n } from '@/hooks/useI18n';
import { isLibrarySort, type LibrarySort } from '@/utils/library';
import type { MessageKey } from '@/utils/i18n';

const LABELS: Record<LibrarySort, MessageKey> = {
  relevance: 'lib_sortRelevance',
  'clippedAt-desc': 'lib_sortClippedDesc',
  'clippedAt-asc': 'lib_sortClippedAsc',
  'published-desc': 'lib_sortPublishedDesc',
  'published-asc': 'lib_sortPublishedAsc',
  'title-asc': 'lib_sortTitleAsc',
  'title-desc': 'lib_sortTitleDesc',
};

export interface SortSelectProps {
  value: LibrarySort;
  /** Relevance only makes sense while searching. */
  searching: boolean;
  onChange: (sort: LibrarySort) => void;
}

export function SortSelect({ value, searching, onChange }: SortSelectProps) {
  const { t } = useI18n();
  const sorts = (Object.keys(LABELS) as LibrarySort[]).filter((sort) => searching || sort !== 'relevance');
  return (
    <div class="field field--inline">
      <label for="library-sort" class="field__label">
        {t('lib_sortLabel')}
      </label>
      <select
        id="library-sort"
        class="field__control"
        value={value}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLibrarySort(chosen)) onChange(chosen);
        }}
      >
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(LABELS[sort])}
          </option>
        ))}
      </select>
    </div>
  );
}
