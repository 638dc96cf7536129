import { useI18n } from '@/hooks/useI18n';
import { useLibraryTotals } from '@/hooks/useLibrary';
import { useStoragePersistence } from '@/hooks/useStoragePersistence';
import { SettingsSection } from './SettingsSection';

/** Where the library lives, how much is in it, and whether the browser may evict it. */
export function StorageSettings() {
  const { t, plural } = useI18n();
  const totals = useLibraryTotals().value;
  const persistence = useStoragePersistence();
  return (
    <SettingsSection id="settings-storage" heading={t('settings_storageHeading')}>
      {totals && (
        <p>
          {t(
            'settings_storageLocal',
            plural(totals.articles, 'lib_countOne', 'lib_countOther'),
            plural(totals.highlights, 'lib_highlightsOne', 'lib_highlightsOther'),
          )}
        </p>
      )}
      <p
        class={`storage-state${persistence?.protectedFromEviction === false ? ' storage-state--warning' : ''}`}
        data-testid="storage-persistence"
      >
        {persistence === null
          ? t('settings_storageChecking')
          : persistence.protectedFromEviction
            ? t('settings_storageProtected')
            : t('settings_storageUnprotected')}
      </p>
    </SettingsSection>
  );
}
