import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { I18n } from '@/hooks/useI18n';
import type { ArticleRecord } from '@/hooks/useMetadataCorrection';
import { Icon } from '../common/Icon';
import { MetadataFacts } from './MetadataFacts';
import { MetadataForm } from './MetadataForm';
import './metadata.css';

export interface MetadataPanelProps {
  article: ArticleRecord;
  i18n: I18n;
  /** Further actions beside "Edit details" (the card's "Open in reader"). */
  actions?: ComponentChildren;
}

/** An article's citation details, read or edited in place; the one implementation the card and reader share. */
export function MetadataPanel({ article, i18n, actions }: MetadataPanelProps) {
  const { t } = i18n;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusEditButton = () => requestAnimationFrame(() => editButton.current?.focus());

  if (editing) {
    return (
      <MetadataForm
        article={article}
        i18n={i18n}
        onClose={() => {
          setEditing(false);
          focusEditButton();
        }}
      />
    );
  }
  return (
    <div class="meta-panel">
      <MetadataFacts article={article} i18n={i18n} onReverted={focusEditButton} />
      <div class="meta-panel__actions">
        <button ref={editButton} type="button" class="button" onClick={() => setEditing(true)}>
          <Icon name="edit" size={16} /> {t('meta_edit')}
        </button>
        {actions}
      </div>
    </div>
  );
}
