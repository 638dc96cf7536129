import { useState } from 'preact/hooks';
import { useAnnounce } from '@/hooks/useAnnouncer';
import { useI18n } from '@/hooks/useI18n';
import { rebuildSearchIndex, useSearchStatus } from '@/hooks/useSearch';
import { SettingsSection } from './SettingsSection';

/** How much of the library the search covers, and a rebuild as the remedy if search ever misses something. */
export function SearchIndexSettings() {
  const { t } = useI18n();
  const announce = useAnnounce();
  const status = useSearchStatus();
  const [busy, setBusy] = useState(false);
  const rebuild = async () => {
    setBusy(true);
    try {
      await rebuildSearchIndex();
      announce(t('settings_searchRebuilt'));
    } catch (error) {
      announce(t('common_errorWithReason', (error as Error).message), 'assertive');
    } finally {
      setBusy(false);
    }
  };
  return (
    <SettingsSection id="settings-search" heading={t('settings_searchHeading')}>
      <p>{t('settings_searchStatus', status.indexed, status.total)}</p>
      <button type="button" class="button" onClick={() => void rebuild()} disabled={busy} aria-busy={busy}>
        {t('settings_searchRebuild')}
      </button>
    </SettingsSection>
  );
}
