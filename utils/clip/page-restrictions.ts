import type { ClipError, ClipErrorCode } from './clip-result';

/** Hosts where Chrome, Edge or Firefox refuse every extension script, whatever its permissions. */
const EXTENSION_STORE_URLS = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
  /^https:\/\/(accounts|support)\.(firefox|mozilla)\.(com|org)\//,
];

const SCRIPTABLE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Chrome's built-in PDF viewer is itself an extension; errors name its id. */
const CHROME_PDF_VIEWER_ID = 'mhjfbmdgcfjbbpaeojofohoefgiehjai';

function error(code: ClipErrorCode, message: string): ClipError {
  return { code, message };
}

/**
 * Decides from the tab's URL alone whether trying to inject is pointless, so the reader gets the precise reason
 * instead of the browser's generic "cannot access" message. `url` is undefined when the extension may not see it.
 */
export function restrictionForUrl(url: string | undefined, fileAccessAllowed: boolean): ClipError | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return error('restricted-page', `Not a page address: ${url}`);
  }
  if (!SCRIPTABLE_SCHEMES.has(parsed.protocol)) {
    return error('restricted-page', `Browsers do not let extensions read ${parsed.protocol} pages`);
  }
  if (EXTENSION_STORE_URLS.some((pattern) => pattern.test(url))) {
    return error('extension-store', 'Browsers do not let extensions read their add-on stores');
  }
  if (parsed.protocol === 'file:' && !fileAccessAllowed) {
    return error('file-access-denied', 'Access to file URLs is switched off for Randnotiz');
  }
  return null;
}

/**
 * The browser's injection errors carry text, not codes (Chrome and Firefox word them differently). First match
 * wins, so the specific rules come before the generic "cannot access".
 */
const INJECTION_FAILURE_RULES: ReadonlyArray<readonly [RegExp, ClipErrorCode]> = [
  [new RegExp(CHROME_PDF_VIEWER_ID), 'pdf-viewer'],
  [/extensions gallery|webstore/i, 'extension-store'],
  [/No tab with id|Invalid tab ID|tab was closed/i, 'tab-not-found'],
  [/showing error page/i, 'page-unavailable'],
  [
    /Cannot access (a )?"?(chrome|about|devtools|view-source|edge|chrome-\w+|moz-extension)[:-]/i,
    'restricted-page',
  ],
  [/"file:\/\//i, 'file-access-denied'],
  [/Cannot access|Missing host permission|permission to access/i, 'no-permission'],
];

/** Turns the browser's injection error text into one of our codes. */
export function clipErrorForInjectionFailure(message: string): ClipError {
  const rule = INJECTION_FAILURE_RULES.find(([pattern]) => pattern.test(message));
  return error(rule?.[1] ?? 'script-failed', message);
}

/** A tab whose URL names a PDF shows the built-in viewer; its wrapper document reports the PDF's type too. */
export function isPdfDocument(contentType: string | undefined): boolean {
  return contentType === 'application/pdf';
}
