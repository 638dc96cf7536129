import { useI18n } from '@/hooks/useI18n';
import { isLibrarySort, type LibrarySort } from '@/utils/library';
import type { MessageKey } from '@/utils/i18n';
import { SelectField } from '../common/SelectField';

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
    <SelectField
      id="library-sort"
      label={t('lib_sortLabel')}
      inline
      value={value}
      options={sorts.map((sort) => ({ value: sort, label: t(LABELS[sort]) }))}
      onChange={(chosen) => {
        if (isLibrarySort(chosen)) onChange(chosen);
      }}
    />
  );
}
