import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // activeTab + scripting: the clip script runs only on the tab the user clipped, with no host permissions.
    // unlimitedStorage: persist() is refused in extension pages, so this is what keeps the library from eviction.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage'],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'randnotiz@randnotiz.org', strict_min_version: '115.0' },
          },
        }
      : {}),
  }),
});
