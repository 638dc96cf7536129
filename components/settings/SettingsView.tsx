import { useI18n } from '@/hooks/useI18n';
import { languageName } from '@/utils/i18n';
import { VocabularyEditor } from '../reader/VocabularyEditor';
import { SearchIndexSettings } from './SearchIndexSettings';
import { SettingsSection } from './SettingsSection';
import { StorageSettings } from './StorageSettings';

/** Language and appearance follow the browser and system; storage, search index and the tag vocabulary. */
export function SettingsView() {
  const { t, uiLanguage, locale } = useI18n();
  return (
    <section class="view settings" aria-labelledby="view-heading">
      <h1 id="view-heading" class="view__heading" tabIndex={-1}>
        {t('settings_heading')}
      </h1>
      <SettingsSection id="settings-language" heading={t('settings_languageHeading')}>
        <p>{t('settings_languageCurrent', languageName(uiLanguage, locale))}</p>
        <p class="hint">{t('settings_languageHint')}</p>
      </SettingsSection>
      <SettingsSection id="settings-appearance" heading={t('settings_appearanceHeading')}>
        <p>{t('settings_appearanceHint')}</p>
      </SettingsSection>
      <StorageSettings />
      <SearchIndexSettings />
      {/* The tag vocabulary belongs to the reader (tag suggestions); it brings its own heading. */}
      <VocabularyEditor />
    </section>
  );
}
