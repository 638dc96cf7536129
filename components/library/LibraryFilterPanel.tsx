import { useState } from 'preact/hooks';
import { useI18n } from '@/hooks/useI18n';
import type { LibraryFacets } from '@/hooks/useLibrary';
import {
  activeFilterCount,
  READING_STATUSES,
  type LibraryFilters,
  type ReadingStatus,
} from '@/utils/library';
import { SelectField } from '../common/SelectField';
import { STATUS_LABELS } from './status-labels';

export interface LibraryFilterPanelProps {
  filters: LibraryFilters;
  facets: LibraryFacets | undefined;
  onChange: (filters: LibraryFilters) => void;
}

const isStatus = (value: string): value is ReadingStatus =>
  (READING_STATUSES as readonly string[]).includes(value);

/** Tag, reading list, status, site and year; a disclosure so the list keeps the room on a narrow panel. */
export function LibraryFilterPanel({ filters, facets, onChange }: LibraryFilterPanelProps) {
  const { t } = useI18n();
  const active = activeFilterCount(filters);
  // Open when filters are in force (e.g. back from the reader); afterwards the person opens and closes it.
  const [open, setOpen] = useState(active > 0);
  const set = (changes: Partial<LibraryFilters>) => onChange({ ...filters, ...changes });
  const any = t('lib_filterAny');
  return (
    <details class="filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary class="filters__summary">
        {t('lib_filtersLabel')}
        {active > 0 && <span class="filters__count"> · {t('lib_filtersActive', active)}</span>}
      </summary>
      <div class="filters__grid">
        <SelectField
          id="filter-tag"
          label={t('lib_filterTag')}
          anyLabel={any}
          value={filters.tag}
          options={(facets?.tags ?? []).map((tag) => ({ value: tag, label: tag }))}
          onChange={(tag) => set({ tag })}
        />
        <SelectField
          id="filter-list"
          label={t('lib_filterList')}
          anyLabel={any}
          value={filters.listId}
          options={(facets?.lists ?? []).map((list) => ({ value: list.id, label: list.name }))}
          onChange={(listId) => set({ listId })}
        />
        <SelectField
          id="filter-status"
          label={t('lib_filterStatus')}
          anyLabel={any}
          value={filters.status}
          options={READING_STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) }))}
          onChange={(status) =>
            set({ status: status !== undefined && isStatus(status) ? status : undefined })
          }
        />
        <SelectField
          id="filter-site"
          label={t('lib_filterSite')}
          anyLabel={any}
          value={filters.siteName}
          options={(facets?.sites ?? []).map((site) => ({ value: site, label: site }))}
          onChange={(siteName) => set({ siteName })}
        />
        <SelectField
          id="filter-year"
          label={t('lib_filterYear')}
          anyLabel={any}
          value={filters.year === undefined ? undefined : String(filters.year)}
          options={(facets?.years ?? []).map((year) => ({ value: String(year), label: String(year) }))}
          onChange={(year) => set({ year: year === undefined ? undefined : Number(year) })}
        />
      </div>
      {active > 0 && (
        <button type="button" class="button button--quiet" onClick={() => onChange({})}>
          {t('lib_filtersReset')}
        </button>
      )}
    </details>
  );
}
