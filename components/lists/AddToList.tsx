import { useState } from 'preact/hooks';
import { useI18n } from '@/hooks/useI18n';
import { ListCheckboxes } from './ListCheckboxes';

export interface AddToListProps {
  articleId: string;
  articleTitle: string;
  /** A smaller disclosure for library rows. */
  compact?: boolean;
}

/**
 * "Add to reading list" as a disclosure. The checkboxes (and their live queries) exist only while it is open,
 * so a library page with fifty rows does not watch fifty membership queries.
 */
export function AddToList({ articleId, articleTitle, compact = false }: AddToListProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details
      class={`add-to-list${compact ? ' add-to-list--compact' : ''}`}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        {t('lists_addToList')}
        {compact && <span class="visually-hidden">{` – ${articleTitle}`}</span>}
      </summary>
      {open && <ListCheckboxes articleId={articleId} articleTitle={articleTitle} />}
    </details>
  );
}
