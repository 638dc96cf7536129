import type { AnnotationRecord } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import { HIGHLIGHT_NAME_KEYS, highlightDescriptionId } from './highlight-styles';

export interface HighlightDescriptionsProps {
  annotations: AnnotationRecord[];
  t: I18n['t'];
}

/**
 * What a screen reader says about a focused highlight ("Markierung Grün. Notiz: …"), referenced by each mark's
 * aria-describedby. Hidden: sighted readers see the colour, the underline and the note marker instead.
 */
export function HighlightDescriptions({ annotations, t }: HighlightDescriptionsProps) {
  return (
    <div hidden>
      {annotations.map((a) => (
        <span key={a.id} id={highlightDescriptionId(a.id)}>
          {t('annot_markDescription', t(HIGHLIGHT_NAME_KEYS[a.colour]))}
          {a.note ? ` ${t('annot_markNote', a.note)}` : ''}
        </span>
      ))}
    </div>
  );
}
