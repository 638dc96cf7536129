import { useEffect, useState } from 'preact/hooks';
import { useAnnounce } from '@/hooks/useAnnouncer';
import { routeHash } from '@/hooks/useHashRoute';
import { useI18n } from '@/hooks/useI18n';
import { useArticleListIds, useReadingListActions, useReadingListNames } from '@/hooks/useReadingLists';

export interface ListCheckboxesProps {
  articleId: string;
  articleTitle: string;
}

/** One checkbox per reading list: ticking puts the article on the list, unticking takes it off. */
export function ListCheckboxes({ articleId, articleTitle }: ListCheckboxesProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const lists = useReadingListNames();
  const memberIds = useArticleListIds(articleId).value;
  const memberOf = new Set(memberIds ?? []);
  const actions = useReadingListActions();
  // What the person just ticked, shown until the database reports it, so a re-render in between cannot undo it.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  useEffect(() => setTicked({}), [memberIds]);

  if (lists.value === undefined) return null;
  if (lists.value.length === 0) {
    return (
      <p>
        {t('lists_noListsYet')} <a href={routeHash({ name: 'lists' })}>{t('lists_manage')}</a>
      </p>
    );
  }
  return (
    <fieldset class="add-to-list__lists">
      <legend class="visually-hidden">{t('lists_addToListLegend', articleTitle)}</legend>
      {lists.value.map((list) => (
        <label key={list.id} class="add-to-list__option">
          <input
            type="checkbox"
            checked={ticked[list.id] ?? memberOf.has(list.id)}
            onChange={async (event) => {
              const add = event.currentTarget.checked;
              setTicked((current) => ({ ...current, [list.id]: add }));
              const result = add
                ? await actions.addArticle(list.id, articleId)
                : await actions.removeArticle(list.id, articleId);
              if (!result.ok) {
                setTicked((current) => ({ ...current, [list.id]: !add }));
                announce(t('lists_saveFailed', result.error.message), 'assertive');
              } else announce(t(add ? 'lists_added' : 'lists_removed', articleTitle, list.name));
            }}
          />{' '}
          {list.name}
        </label>
      ))}
    </fieldset>
  );
}
