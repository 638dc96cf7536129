import { useAnnounce } from '@/hooks/useAnnouncer';
import type { I18n } from '@/hooks/useI18n';
import { useImport, type ImportPreview, type ImportState } from '@/hooks/useImport';
import type { MessageKey } from '@/utils/i18n';

export interface ImportPanelProps {
  i18n: I18n;
}

function previewText(preview: ImportPreview, { t, plural }: I18n): string {
  if (preview.kind === 'backup') {
    const { articles, annotations, readingLists } = preview.counts;
    return t(
      'import_previewBackup',
      plural(articles, 'import_articlesOne', 'import_articlesOther'),
      plural(annotations, 'import_annotationsOne', 'import_annotationsOther'),
      plural(readingLists, 'import_listsOne', 'import_listsOther'),
    );
  }
  return t(
    'import_previewReadLater',
    plural(preview.entries.length, 'import_linksOne', 'import_linksOther'),
    t(`import_source_${preview.source}` as MessageKey),
  );
}

function resultText(state: ImportState, i18n: I18n): string | null {
  const { t, plural } = i18n;
  if (state.phase === 'refused') return t(state.refusal.messageKey as MessageKey);
  if (state.phase !== 'done') return null;
  if (state.result.kind === 'backup') {
    const s = state.result.summary;
    return t(
      'import_doneBackup',
      plural(s.articlesAdded, 'import_articlesOne', 'import_articlesOther'),
      String(s.articlesMerged),
      plural(s.annotationsAdded, 'import_annotationsOne', 'import_annotationsOther'),
    );
  }
  const s = state.result.summary;
  return t(
    'import_doneReadLater',
    plural(s.added, 'import_linksOne', 'import_linksOther'),
    String(s.alreadyInLibrary),
    String(s.skipped.length),
  );
}

/** Pick a backup or a read-later export, see what it holds, then import it (nothing is written before that). */
export function ImportPanel({ i18n }: ImportPanelProps) {
  const { t } = i18n;
  const announce = useAnnounce();
  const importer = useImport();
  const { state } = importer;
  const result = resultText(state, i18n);
  const busy = state.phase === 'reading' || state.phase === 'importing';

  return (
    <div class="import-panel" aria-busy={busy}>
      <div class="field">
        <label class="field__label" for="import-file">
          {t('import_pickFile')}
        </label>
        <input
          id="import-file"
          type="file"
          class="field__control"
          accept=".json,.csv,.html,.htm,.zip,application/json,text/csv,text/html,application/zip"
          disabled={busy}
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            const next = await importer.pick(file);
            if (next.phase === 'preview') announce(previewText(next.preview, i18n));
            else announce(resultText(next, i18n) ?? '', 'assertive');
          }}
        />
        <p class="field__hint">{t('import_hint')}</p>
      </div>
      {busy && <progress aria-label={t('import_working')} />}
      {state.phase === 'preview' && (
        <div class="import-panel__preview">
          <p data-testid="import-preview">{previewText(state.preview, i18n)}</p>
          <button
            type="button"
            class="button button--primary"
            onClick={async () => {
              const next = await importer.confirm(state.preview);
              announce(resultText(next, i18n) ?? '', next.phase === 'done' ? 'polite' : 'assertive');
            }}
          >
            {t('import_confirm')}
          </button>
          <button type="button" class="button button--quiet" onClick={importer.reset}>
            {t('import_cancel')}
          </button>
        </div>
      )}
      {/* Announced once through the live region; a role="alert" here would read it out a second time. */}
      {result && (
        <p class={`message${state.phase === 'refused' ? ' message--error' : ''}`} data-testid="import-result">
          {result}
        </p>
      )}
    </div>
  );
}
