import { useEffect, useState } from 'preact/hooks';
import { useAnnounce } from '@/hooks/useAnnouncer';
import { useI18n } from '@/hooks/useI18n';
import { useTagVocabulary, type VocabularyEntry } from '@/hooks/useTagVocabulary';
import { SettingsSection } from '../settings/SettingsSection';
import './vocabulary.css';

interface Draft {
  tag: string;
  terms: string;
}

const toDraft = (entry: VocabularyEntry): Draft => ({ tag: entry.tag, terms: entry.terms.join(', ') });
const fromDraft = (draft: Draft): VocabularyEntry => ({ tag: draft.tag, terms: draft.terms.split(',') });

/**
 * The vocabulary behind tag suggestions, for the settings view: each tag with the words (comma-separated) that
 * suggest it. Saved as a whole into settings; "reset" returns to the built-in social-work vocabulary. The long
 * list stays folded until the reader opens it.
 */
export function VocabularyEditor() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const { entries, save, reset } = useTagVocabulary();
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (entries) setDrafts(entries.map(toDraft));
  }, [entries]);

  const report = (text: string, failed: boolean) => {
    setMessage(text);
    announce(text, failed ? 'assertive' : 'polite');
  };
  const update = (index: number, change: Partial<Draft>) =>
    setDrafts(
      (current) => current && current.map((draft, i) => (i === index ? { ...draft, ...change } : draft)),
    );
  const onSave = async (event: Event) => {
    event.preventDefault();
    if (!drafts) return;
    const result = await save(drafts.map(fromDraft));
    report(result.ok ? t('tags_vocabularySaved') : t('reader_saveFailed', result.error.message), !result.ok);
  };
  const onReset = async () => {
    const result = await reset();
    report(result.ok ? t('tags_vocabularyReset') : t('reader_saveFailed', result.error.message), !result.ok);
  };

  return (
    <SettingsSection id="settings-vocabulary" heading={t('tags_vocabularyHeading')}>
      <p>{t('tags_vocabularyExplanation')}</p>
      {!drafts ? (
        <p>{t('tags_vocabularyLoading')}</p>
      ) : (
        <form class="vocabulary" onSubmit={onSave}>
          <details>
            <summary>{t('tags_vocabularyEdit', String(drafts.length))}</summary>
            <ul class="vocabulary__list">
              {drafts.map((draft, index) => (
                <li key={index} class="vocabulary__entry">
                  <label>
                    <span>{t('tags_vocabularyTag')}</span>
                    <input
                      value={draft.tag}
                      onInput={(event) => update(index, { tag: event.currentTarget.value })}
                    />
                  </label>
                  <label>
                    <span>{t('tags_vocabularyTerms')}</span>
                    <textarea
                      rows={2}
                      value={draft.terms}
                      onInput={(event) => update(index, { terms: event.currentTarget.value })}
                    />
                  </label>
                  <button
                    type="button"
                    class="button button--quiet"
                    onClick={() => setDrafts(drafts.filter((_, i) => i !== index))}
                  >
                    {t('tags_vocabularyRemove', draft.tag || String(index + 1))}
                  </button>
                </li>
              ))}
            </ul>
            <button
              type="button"
              class="button"
              onClick={() => setDrafts([...drafts, { tag: '', terms: '' }])}
            >
              {t('tags_vocabularyAdd')}
            </button>
          </details>
          <div class="vocabulary__actions">
            <button type="submit" class="button button--primary">
              {t('tags_vocabularySave')}
            </button>
            <button type="button" class="button" onClick={onReset}>
              {t('tags_vocabularyResetButton')}
            </button>
          </div>
          {message && <p class="hint">{message}</p>}
        </form>
      )}
    </SettingsSection>
  );
}
