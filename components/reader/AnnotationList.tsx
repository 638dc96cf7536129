import type { AnnotationRecord } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import { AnnotationItem } from './AnnotationItem';

export interface AnnotationListProps {
  annotations: AnnotationRecord[];
  orphanedIds: ReadonlySet<string>;
  editingId: string | null;
  t: I18n['t'];
  onShow(id: string): void;
  onEdit(id: string | null): void;
  onSaveNote(id: string, note: string): void;
  onDelete(id: string): void;
}

/** The article's highlights in reading order; those the text no longer contains are listed apart, with their quote. */
export function AnnotationList({ annotations, orphanedIds, ...rest }: AnnotationListProps) {
  const { t } = rest;
  const anchored = annotations.filter((a) => !orphanedIds.has(a.id));
  const orphaned = annotations.filter((a) => orphanedIds.has(a.id));
  return (
    <section aria-labelledby="rn-annotations-heading">
      <h2 id="rn-annotations-heading">{t('annot_listHeading', String(annotations.length))}</h2>
      {annotations.length === 0 && <p class="rn-annotation__label">{t('annot_listEmpty')}</p>}
      {anchored.length > 0 && (
        <ul class="rn-annotations">
          {anchored.map((annotation) => (
            <AnnotationItem
              key={annotation.id}
              annotation={annotation}
              orphaned={false}
              editing={rest.editingId === annotation.id}
              {...rest}
            />
          ))}
        </ul>
      )}
      {orphaned.length > 0 && (
        <>
          <h3 id="rn-orphans-heading">{t('annot_orphanedHeading')}</h3>
          <p class="rn-annotation__label">{t('annot_orphanedExplanation')}</p>
          <ul class="rn-annotations" aria-labelledby="rn-orphans-heading">
            {orphaned.map((annotation) => (
              <AnnotationItem
                key={annotation.id}
                annotation={annotation}
                orphaned
                editing={rest.editingId === annotation.id}
                {...rest}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
