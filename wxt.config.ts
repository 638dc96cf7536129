import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { OPTIONAL_HOST_ORIGINS } from './utils/clip-flow/host-access';

/**
 * `wxt build --mode e2e` builds the copy the end-to-end suite loads (into .output/chrome-mv3-e2e). Headless tests
 * cannot click the toolbar button, so activeTab is never granted there; that build alone gets host access to the
 * local fixture server and the e2e bridge page. Production builds request no host permissions at all.
 */
const E2E_MODE = 'e2e';
const E2E_HOST_PERMISSIONS = ['http://127.0.0.1/*'];
const E2E_ONLY_ENTRYPOINTS = new Set(['e2e-bridge']);

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    'entrypoints:resolved'(wxt, entrypoints) {
      if (wxt.config.mode === E2E_MODE) return;
      const kept = entrypoints.filter((entrypoint) => !E2E_ONLY_ENTRYPOINTS.has(entrypoint.name));
      entrypoints.splice(0, entrypoints.length, ...kept);
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // Why each permission is there: docs/permissions.md.
    // activeTab + scripting: the clip script runs only on the tab the user clipped, with no host permissions.
    // contextMenus: "Seite in Randnotiz speichern" / "Auswahl als Zitat speichern" / "Zur Leseliste hinzufügen".
    // unlimitedStorage: persist() is refused in extension pages, so this is what keeps the library from eviction.
    // sidePanel (Chrome): the toolbar button opens the panel; WXT adds it with the panel entrypoint too.
    permissions: [
      'activeTab',
      'scripting',
      'contextMenus',
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // Only if the reader wants the panel's own "Save this page" button to work on any tab: asked at runtime.
    ...(browser === 'firefox'
      ? { optional_permissions: OPTIONAL_HOST_ORIGINS }
      : { optional_host_permissions: OPTIONAL_HOST_ORIGINS }),
    ...(mode === E2E_MODE ? { host_permissions: E2E_HOST_PERMISSIONS } : {}),
    commands: {
      'save-page': {
        // Rebindable at chrome://extensions/shortcuts and about:addons → Manage Extension Shortcuts.
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_clip_commandSavePage__',
      },
    },
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'randnotiz@randnotiz.org',
              strict_min_version: '140.0',
              // Everything stays in the browser: no data leaves the machine (Firefox's required declaration).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
