import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'dist', 'docs', 'test-results', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'webextension-polyfill', message: "Import `browser` from 'wxt/browser'." },
            { name: '@wxt-dev/browser', message: "Import `browser` from 'wxt/browser'." },
          ],
        },
      ],
    },
  },
  {
    // Layers point one way: components never open the database or call browser.* directly.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'wxt/browser', message: 'Components get data and actions through hooks.' }],
          patterns: [
            {
              group: ['**/utils/db', '**/utils/db/*', 'dexie'],
              message: 'Components never open the database.',
            },
          ],
        },
      ],
    },
  },
);
