import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
    // activeTab + scripting: the clip script runs only on the tab the user clipped, with no host permissions.
    // unlimitedStorage: persist() is refused in extension pages, so this is what keeps the library from eviction.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    ...(mode === E2E_MODE ? { host_permissions: E2E_HOST_PERMISSIONS } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'randnotiz@randnotiz.org',
              strict_min_version: '115.0',
              // Everything stays in the browser: no data leaves the machine (Firefox's required declaration).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
