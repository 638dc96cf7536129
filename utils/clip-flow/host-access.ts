/**
 * Requested at runtime, only if the reader wants the panel's "Save this page" button to work without first using
 * the toolbar button, shortcut or context menu (those grant activeTab for the moment). Declared as optional in
 * wxt.config.ts; production builds hold no host permission until the reader agrees.
 */
export const OPTIONAL_HOST_ORIGINS = ['https://*/*', 'http://*/*'];
