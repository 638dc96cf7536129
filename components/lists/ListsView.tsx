import { useState } from 'preact/hooks';
import { useAnnounce } from '@/hooks/useAnnouncer';
import { useExportFilterIds, type ExportFilter } from '@/hooks/useExportFilter';
import { useI18n } from '@/hooks/useI18n';
import {
  useListArticles,
  useReadingListActions,
  useReadingLists,
  type DeletedReadingList,
  type ListEntryRecord,
  type StorageResult,
} from '@/hooks/useReadingLists';
import type { NewListDraftState } from '@/hooks/useNewListDraft';
import type { ArticleRecord } from '@/hooks/useReaderArticle';
import { UndoBar } from '../common/UndoBar';
import { ExportPanel } from '../export/ExportPanel';
import { ImportPanel } from '../export/ImportPanel';
import { CreateListForm } from './CreateListForm';
import { ListArticles } from './ListArticles';
import { ReadingListItem } from './ReadingListItem';
import './lists.css';

export interface ListsViewProps {
  hrefFor: (articleId: string) => string;
  /** An article the context menu's "New reading list …" is waiting to put on a list named here. */
  newListDraft: NewListDraftState;
  /** The library's filter or search when the person chose to export it, offered as an export scope. */
  exportFilter: ExportFilter | null;
}

type Undo =
  | { kind: 'list'; deleted: DeletedReadingList; message: string }
  | { kind: 'entry'; entry: ListEntryRecord; message: string };

/** Reading lists (create, edit, order, delete with undo), export and import: what leaves and enters the library. */
export function ListsView({ hrefFor, newListDraft, exportFilter }: ListsViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const announce = useAnnounce();
  const actions = useReadingListActions();
  const lists = useReadingLists();
  const summaries = lists.value ?? [];
  const [chosenId, setChosenId] = useState<string | null>(null);
  const selected = summaries.find((s) => s.list.id === chosenId) ?? null;
  const articles = useListArticles(selected?.list.id ?? null).value ?? [];
  const [undo, setUndo] = useState<Undo | null>(null);
  const filterArticleIds = useExportFilterIds(exportFilter);

  function failed<T>(result: StorageResult<T>): result is Extract<StorageResult<T>, { ok: false }> {
    if (result.ok) return false;
    announce(t('lists_saveFailed', result.error.message), 'assertive');
    return true;
  }

  function announceMove(article: ArticleRecord, newIndex: number) {
    announce(t('lists_movedMessage', article.title, String(newIndex + 1), String(articles.length)));
  }

  async function undoLast(current: Undo) {
    setUndo(null);
    const result =
      current.kind === 'list'
        ? await actions.restore(current.deleted)
        : await actions.restoreEntry(current.entry);
    if (!failed(result)) announce(t('lists_restored'));
  }

  return (
    <div class="lists-view">
      <h1 id="view-heading" tabIndex={-1}>
        {t('lists_heading')}
      </h1>
      <section aria-labelledby="lists-create-heading">
        <h2 id="lists-create-heading">{t('lists_createHeading')}</h2>
        <CreateListForm
          t={t}
          draft={newListDraft.draft}
          onDismissDraft={newListDraft.clear}
          onCreate={async (name, description) => {
            const result = await actions.create(name, description);
            if (failed(result)) return false;
            const list = result.value;
            setChosenId(list.id);
            const draft = newListDraft.draft;
            if (!draft) {
              announce(t('lists_createdMessage', list.name));
              return true;
            }
            // The list exists either way; a failed add is reported and the note stays for another try.
            if (failed(await actions.addArticle(list.id, draft.articleId))) return true;
            newListDraft.clear();
            announce(t('lists_added', draft.title, list.name));
            return true;
          }}
        />
      </section>
      <section aria-labelledby="lists-all-heading">
        <h2 id="lists-all-heading">{t('lists_allHeading')}</h2>
        {summaries.length === 0 && !lists.loading ? (
          <p class="lists-empty">{t('lists_none')}</p>
        ) : (
          <ul class="lists-overview">
            {summaries.map((summary) => (
              <ReadingListItem
                key={summary.list.id}
                summary={summary}
                selected={summary.list.id === selected?.list.id}
                i18n={i18n}
                onOpen={() => setChosenId(summary.list.id === chosenId ? null : summary.list.id)}
                onSave={async (name, description) => {
                  const result = await actions.update(summary.list.id, { name, description });
                  if (failed(result)) return false;
                  announce(t('lists_savedMessage', result.value.name));
                  return true;
                }}
                onDelete={async () => {
                  const result = await actions.remove(summary.list.id);
                  if (failed(result) || !result.value) return;
                  const message = t('lists_deletedMessage', summary.list.name);
                  setUndo({ kind: 'list', deleted: result.value, message });
                  announce(message);
                }}
              />
            ))}
          </ul>
        )}
      </section>
      {selected && (
        <section aria-labelledby="lists-selected-heading">
          <h2 id="lists-selected-heading">{selected.list.name}</h2>
          {selected.list.description && <p>{selected.list.description}</p>}
          <ListArticles
            listName={selected.list.name}
            articles={articles}
            t={t}
            hrefFor={hrefFor}
            onMove={async (article, direction, index) => {
              const result = await actions.move(selected.list.id, article.id, direction);
              if (failed(result)) return;
              const newIndex = direction === 'up' ? index - 1 : index + 1;
              announceMove(article, newIndex);
              // Keep focus on the same control for repeated presses; at the end the other button stays usable.
              const atEnd = newIndex === 0 || newIndex === articles.length - 1;
              const focusId = `move-${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}-${article.id}`;
              requestAnimationFrame(() => document.getElementById(focusId)?.focus());
            }}
            onPlace={async (article, toIndex) => {
              const result = await actions.place(selected.list.id, article.id, toIndex);
              if (!failed(result) && result.value) announceMove(article, toIndex);
            }}
            onRemove={async (article) => {
              const result = await actions.removeArticle(selected.list.id, article.id);
              if (failed(result) || !result.value) return;
              const message = t('lists_removed', article.title, selected.list.name);
              setUndo({ kind: 'entry', entry: result.value, message });
              announce(message);
            }}
          />
        </section>
      )}
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('export_heading')}</h2>
        <ExportPanel
          lists={summaries}
          selectedListId={selected?.list.id ?? null}
          filterArticleIds={filterArticleIds}
          i18n={i18n}
        />
      </section>
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">{t('import_heading')}</h2>
        <ImportPanel i18n={i18n} />
      </section>
      {undo && (
        <UndoBar
          message={undo.message}
          undoLabel={t('lists_undo')}
          closeLabel={t('lists_dismiss')}
          onUndo={() => void undoLast(undo)}
          onDismiss={() => setUndo(null)}
        />
      )}
    </div>
  );
}
