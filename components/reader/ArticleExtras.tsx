import type { AnnotationRecord, ArticleRecord } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import { useTagSuggestions } from '@/hooks/useTagSuggestions';
import { AnnotationList } from './AnnotationList';
import { PageNote } from './PageNote';
import { TagEditor } from './TagEditor';

export interface ArticleExtrasProps {
  article: ArticleRecord;
  text: string;
  annotations: AnnotationRecord[];
  orphanedIds: ReadonlySet<string>;
  listEditingId: string | null;
  t: I18n['t'];
  onShow(id: string): void;
  onEditNote(id: string | null): void;
  onSaveNote(id: string, note: string): void;
  onDeleteAnnotation(id: string): void;
  onTags(tags: string[]): void;
  onPageNote(note: string): void;
}

/** Below the article: its highlights, the page note and the tags. */
export function ArticleExtras({ article, text, t, ...props }: ArticleExtrasProps) {
  const { suggested, complete } = useTagSuggestions({ title: article.title, text }, article.tags);
  return (
    <aside class="rn-reader-aside" aria-label={t('reader_notesAndTags')}>
      <AnnotationList
        annotations={props.annotations}
        orphanedIds={props.orphanedIds}
        editingId={props.listEditingId}
        t={t}
        onShow={props.onShow}
        onEdit={props.onEditNote}
        onSaveNote={props.onSaveNote}
        onDelete={props.onDeleteAnnotation}
      />
      <PageNote note={article.pageNote} t={t} onSave={props.onPageNote} />
      <TagEditor
        tags={article.tags}
        suggested={suggested}
        complete={complete}
        t={t}
        onChange={props.onTags}
      />
    </aside>
  );
}
