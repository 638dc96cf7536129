import { useState } from 'preact/hooks';
import { useAnnounce } from '@/hooks/useAnnouncer';
import { useExport, type ExportFormat, type ExportSelection } from '@/hooks/useExport';
import type { I18n } from '@/hooks/useI18n';
import type { MessageKey } from '@/utils/i18n';
import type { ReadingListSummary } from '@/hooks/useReadingLists';
import { SelectField, type SelectOption } from '../common/SelectField';

/** The formats in the order the panel offers them, each with its label key (mirrors EXPORT_FORMATS). */
const FORMAT_LABELS: Record<ExportFormat, MessageKey> = {
  markdown: 'export_formatMarkdown',
  html: 'export_formatHtml',
  csv: 'export_formatCsv',
  ris: 'export_formatRis',
  bibtex: 'export_formatBibtex',
  'csl-json': 'export_formatCslJson',
  'web-annotation': 'export_formatWebAnnotation',
  json: 'export_formatJson',
};

const PHASE_LABELS = {
  loading: 'export_phaseLoading',
  formatting: 'export_phaseFormatting',
  saving: 'export_phaseSaving',
} as const satisfies Record<string, MessageKey>;

export interface ExportPanelProps {
  lists: readonly ReadingListSummary[];
  /** The list shown next to the panel, preselected as the scope. */
  selectedListId: string | null;
  /** Articles of the library's current filter or search, when the panel was opened from there. */
  filterArticleIds: readonly string[] | null;
  i18n: I18n;
}

function selectionFor(scope: string, filterIds: readonly string[] | null): ExportSelection {
  if (scope === 'filter' && filterIds) return { kind: 'articles', articleIds: filterIds };
  if (scope.startsWith('list:')) return { kind: 'list', listId: scope.slice('list:'.length) };
  return { kind: 'library' };
}

/** Choose what and how to export; the hook builds the file and hands it to the browser's downloads. */
export function ExportPanel({ lists, selectedListId, filterArticleIds, i18n }: ExportPanelProps) {
  const { t, plural } = i18n;
  const announce = useAnnounce();
  const exporter = useExport();
  const [chosenScope, setScope] = useState<string | null>(null);
  const [format, setFormat] = useState<ExportFormat>('html');
  const defaultScope = filterArticleIds ? 'filter' : selectedListId ? `list:${selectedListId}` : 'library';
  const scope = chosenScope ?? defaultScope;
  const { state } = exporter;
  const busy = state.phase === 'loading' || state.phase === 'formatting' || state.phase === 'saving';
  const scopeOptions: SelectOption[] = [
    { value: 'library', label: t('export_scopeLibrary') },
    ...(filterArticleIds
      ? [
          {
            value: 'filter',
            label: t(
              'export_scopeFilter',
              plural(filterArticleIds.length, 'export_articlesOne', 'export_articlesOther'),
            ),
          },
        ]
      : []),
    ...lists.map(({ list }) => ({ value: `list:${list.id}`, label: t('export_scopeList', list.name) })),
  ];

  return (
    <form
      class="export-panel"
      aria-busy={busy}
      onSubmit={async (event) => {
        event.preventDefault();
        const locale = i18n.locale.toLowerCase().startsWith('de') ? 'de' : 'en';
        const result = await exporter.run(selectionFor(scope, filterArticleIds), format, locale);
        if (result.phase === 'done') {
          announce(
            t(
              'export_done',
              result.fileName,
              plural(result.articleCount, 'export_articlesOne', 'export_articlesOther'),
            ),
          );
        } else if (result.phase === 'error') {
          announce(t('export_failed', result.message), 'assertive');
        }
      }}
    >
      <SelectField
        id="export-scope"
        label={t('export_scope')}
        value={scope}
        options={scopeOptions}
        onChange={setScope}
      />
      <SelectField
        id="export-format"
        label={t('export_format')}
        value={format}
        options={(Object.keys(FORMAT_LABELS) as ExportFormat[]).map((key) => ({
          value: key,
          label: t(FORMAT_LABELS[key]),
        }))}
        onChange={(chosen) => setFormat(chosen as ExportFormat)}
      />
      <button type="submit" class="button button--primary" disabled={busy}>
        {t('export_start')}
      </button>
      {busy && (
        <div class="export-panel__progress">
          <label for="export-progress">{t(PHASE_LABELS[state.phase])}</label>{' '}
          <progress id="export-progress" value={state.step} max={state.steps} />
        </div>
      )}
      {state.phase === 'done' && (
        <p class="message" data-testid="export-result">
          {t(
            'export_done',
            state.fileName,
            plural(state.articleCount, 'export_articlesOne', 'export_articlesOther'),
          )}
        </p>
      )}
      {/* Announced once through the live region, like the success message above. */}
      {state.phase === 'error' && (
        <p class="message message--error" data-testid="export-error">
          {t('export_failed', state.message)}
        </p>
      )}
    </form>
  );
}
