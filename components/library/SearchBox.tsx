import { useI18n } from '@/hooks/useI18n';
import { Icon } from '../common/Icon';

export interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field, e.g. while the index is still being built; announced politely with the field. */
  hint: string | null;
}

export function SearchBox({ value, onChange, hint }: SearchBoxProps) {
  const { t } = useI18n();
  return (
    <div class="search-box" role="search">
      <label for="library-search" class="visually-hidden">
        {t('lib_searchLabel')}
      </label>
      <span class="search-box__icon">
        <Icon name="search" />
      </span>
      <input
        id="library-search"
        class="search-box__input"
        type="search"
        value={value}
        placeholder={t('lib_searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={hint ? 'library-search-hint' : undefined}
        onInput={(event) => onChange(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onChange('');
          }
        }}
      />
      {value !== '' && (
        <button
          type="button"
          class="icon-button search-box__clear"
          aria-label={t('lib_searchClear')}
          title={t('lib_searchClear')}
          onClick={() => onChange('')}
        >
          <Icon name="close" size={16} />
        </button>
      )}
      {hint && (
        <p id="library-search-hint" class="search-box__hint">
          {hint}
        </p>
      )}
    </div>
  );
}
