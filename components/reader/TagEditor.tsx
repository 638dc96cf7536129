import { useState } from 'preact/hooks';
import type { I18n } from '@/hooks/useI18n';
import type { TagSuggestion } from '@/hooks/useTagSuggestions';

export interface TagEditorProps {
  tags: readonly string[];
  suggested: readonly TagSuggestion[];
  complete(input: string): string[];
  t: I18n['t'];
  onChange(tags: string[]): void;
}

/**
 * Tags with autocomplete from the library (an ARIA 1.2 combobox: arrows choose, Enter adds, Escape closes) and
 * suggestions from the social-work vocabulary, one press each.
 */
export function TagEditor({ tags, suggested, complete, t, onChange }: TagEditorProps) {
  const [input, setInput] = useState('');
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const options = open ? complete(input) : [];

  const add = (tag: string) => {
    const trimmed = tag.trim();
    if (trimmed) onChange([...tags, trimmed]);
    setInput('');
    setActive(-1);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const count = complete(input).length;
      if (count === 0) return;
      setActive((current) =>
        event.key === 'ArrowDown' ? (current + 1) % count : (current - 1 + count) % count,
      );
    } else if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(active >= 0 && options[active] ? options[active] : input);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <section aria-labelledby="rn-tags-heading">
      <h2 id="rn-tags-heading">{t('tags_heading')}</h2>
      {tags.length > 0 ? (
        <ul class="rn-tags" aria-label={t('tags_current')}>
          {tags.map((tag) => (
            <li key={tag} class="rn-tag">
              {tag}
              <button
                type="button"
                aria-label={t('tags_remove', tag)}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="rn-annotation__label">{t('tags_none')}</p>
      )}
      <div class="rn-combobox">
        <label for="rn-tag-input">{t('tags_add')}</label>{' '}
        <input
          id="rn-tag-input"
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls="rn-tag-options"
          aria-activedescendant={active >= 0 && options[active] ? `rn-tag-option-${active}` : undefined}
          value={input}
          onInput={(event) => {
            setInput(event.currentTarget.value);
            setActive(-1);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id="rn-tag-options" role="listbox" aria-label={t('tags_options')} hidden={options.length === 0}>
          {options.map((option, index) => (
            <li
              key={option}
              id={`rn-tag-option-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                add(option);
              }}
            >
              {option}
            </li>
          ))}
        </ul>
      </div>
      {suggested.length > 0 && (
        <div role="group" aria-labelledby="rn-tag-suggestions-label">
          <p id="rn-tag-suggestions-label" class="rn-annotation__label">
            {t('tags_suggested')}
          </p>
          <div class="rn-row">
            {suggested.map(({ tag }) => (
              <button
                key={tag}
                type="button"
                aria-label={t('tags_addSuggestion', tag)}
                onClick={() => add(tag)}
              >
                + {tag}
              </button>
            ))}
          </div>
        </div>
      )}
    </section>
  );
}
