import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { useAnnounce } from '@/hooks/useAnnouncer';
import type { I18n } from '@/hooks/useI18n';
import { useMetadataCorrection, type ArticleRecord } from '@/hooks/useMetadataCorrection';
import { TextField } from '../common/TextField';
import { AuthorListEditor } from './AuthorListEditor';
import {
  correctionFromDraft,
  draftFromArticle,
  problemText,
  type DraftErrors,
  type MetadataDraft,
} from './metadata-draft';
import { PartialDateInput } from './PartialDateInput';

export interface MetadataFormProps {
  article: ArticleRecord;
  i18n: I18n;
  /** After saving or cancelling; the caller puts focus back where editing started. */
  onClose: () => void;
}

/** Which errors a change of each draft field settles (author errors are keyed `author-<row>`). */
const ERRORS_OF: Record<string, string[]> = {
  title: ['title'],
  authors: ['author-'],
  year: ['year', 'month', 'day'],
  month: ['year', 'month', 'day'],
  day: ['year', 'month', 'day'],
};

/** The order in which a failed save sends focus to the first problem. */
const FIELD_ORDER = ['title', 'author', 'year', 'month', 'day'];

/**
 * Title, authors, date and site of one article, edited together and saved as the reader's corrections. The same
 * form serves the clip card and the reader. Escape cancels; errors are shown at their field and announced.
 */
export function MetadataForm({ article, i18n, onClose }: MetadataFormProps) {
  const { t } = i18n;
  const prefix = `meta-${useId()}`;
  const announce = useAnnounce();
  const correction = useMetadataCorrection(article.id);
  const [draft, setDraft] = useState<MetadataDraft>(() => draftFromArticle(article));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => titleRef.current?.focus(), []);

  // Editing a field takes its error away: the message was about what was there before.
  const update = (change: Partial<MetadataDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    const touched = Object.keys(change).flatMap((field) => ERRORS_OF[field] ?? []);
    setErrors((current) => {
      const kept = Object.entries(current).filter(([key]) => !touched.some((start) => key.startsWith(start)));
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  };

  const focusFirstProblem = (found: DraftErrors) => {
    const keys = Object.keys(found);
    const first = FIELD_ORDER.map((field) => keys.find((key) => key.startsWith(field))).find(Boolean);
    if (!first) return;
    // An author's problem is its missing family name (person) or name (organisation).
    const base = `${prefix}-${first}`;
    const control = ['', '-family', '-name']
      .map((suffix) => document.getElementById(base + suffix))
      .find(Boolean);
    control?.focus();
  };

  const save = async () => {
    const result = correctionFromDraft(draft, article);
    if (!result.ok) {
      setErrors(result.errors);
      announce(t('meta_errorSummary'), 'assertive');
      requestAnimationFrame(() => focusFirstProblem(result.errors));
      return;
    }
    setErrors({});
    if (Object.keys(result.correction).length === 0) {
      announce(t('meta_unchanged'));
      return onClose();
    }
    setBusy(true);
    const written = await correction.correct(result.correction);
    setBusy(false);
    if (!written.ok) {
      setFailure(t('reader_saveFailed', written.error.message));
      announce(t('reader_saveFailed', written.error.message), 'assertive');
      return;
    }
    announce(t('meta_saved'));
    onClose();
  };

  return (
    <form
      class="meta-form"
      aria-label={t('meta_formLabel', article.title)}
      aria-busy={busy}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <TextField
        id={`${prefix}-title`}
        inputRef={titleRef}
        label={t('meta_fieldTitle')}
        value={draft.title}
        error={problemText(t, errors['title'])}
        onInput={(title) => update({ title })}
      />
      <AuthorListEditor
        idPrefix={prefix}
        authors={draft.authors}
        errors={errors}
        t={t}
        onChange={(authors) => update({ authors })}
      />
      <PartialDateInput
        idPrefix={prefix}
        value={draft}
        errors={errors}
        t={t}
        onChange={(date) => update(date)}
      />
      <TextField
        id={`${prefix}-site`}
        label={t('meta_fieldSite')}
        value={draft.siteName}
        onInput={(siteName) => update({ siteName })}
      />
      {/* Announced once through the live region when it happened. */}
      {failure && <p class="message--error">{failure}</p>}
      <div class="meta-form__actions">
        <button type="submit" class="button button--primary" disabled={busy}>
          {t('meta_save')}
        </button>
        <button type="button" class="button" onClick={onClose}>
          {t('meta_cancel')}
        </button>
      </div>
    </form>
  );
}
