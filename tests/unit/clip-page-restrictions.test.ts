import { describe, expect, it } from 'vitest';
import { clipErrorForInjectionFailure, restrictionForUrl } from '../../utils/clip/page-restrictions';
import { interpretScriptResult } from '../../utils/clip/clip-tab';
import { SAMPLE_ARTICLE } from '../support/sample-article';

describe('restrictionForUrl names pages no extension may read', () => {
  it.each([
    ['chrome://extensions/', 'restricted-page'],
    ['chrome-extension://abc/page.html', 'restricted-page'],
    ['about:blank', 'restricted-page'],
    ['view-source:https://example.org/', 'restricted-page'],
    ['edge://settings', 'restricted-page'],
    ['data:text/html,<p>x</p>', 'restricted-page'],
    ['https://chromewebstore.google.com/detail/abc', 'extension-store'],
    ['https://chrome.google.com/webstore/detail/abc', 'extension-store'],
    ['https://addons.mozilla.org/de/firefox/', 'extension-store'],
    ['https://microsoftedge.microsoft.com/addons/detail/x', 'extension-store'],
    ['file:///home/anna/artikel.html', 'file-access-denied'],
  ])('%s → %s', (url, code) => {
    expect(restrictionForUrl(url, false)).toMatchObject({ code });
  });

  it.each([
    'https://www.sozial-pr.net/blog/x',
    'http://127.0.0.1:8080/a.html',
    'https://chrome.google.com/other',
  ])('lets %s through', (url) => {
    expect(restrictionForUrl(url, false)).toBeNull();
  });

  it('lets file:// through when file access is on, and an unknown URL through to the injection attempt', () => {
    expect(restrictionForUrl('file:///tmp/a.html', true)).toBeNull();
    expect(restrictionForUrl(undefined, false)).toBeNull();
  });
});

describe('clipErrorForInjectionFailure maps browser error texts', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'restricted-page'],
    ['Cannot access a chrome-extension:// URL of different extension', 'restricted-page'],
    ['The extensions gallery cannot be scripted.', 'extension-store'],
    ['No tab with id: 42.', 'tab-not-found'],
    ['Frame with ID 0 is showing error page', 'page-unavailable'],
    [
      'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission to access this host.',
      'file-access-denied',
    ],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'no-permission',
    ],
    ['Missing host permission for the tab', 'no-permission'],
    [
      'Cannot access contents of url "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html".',
      'pdf-viewer',
    ],
    ['Something unexpected', 'script-failed'],
  ])('%s → %s', (message, code) => {
    expect(clipErrorForInjectionFailure(message)).toEqual({ code, message });
  });
});

describe('interpretScriptResult validates what the page handed back', () => {
  const article = SAMPLE_ARTICLE;

  it('accepts an Article', () => {
    expect(interpretScriptResult({ result: article })).toEqual({ ok: true, article });
  });

  it.each([
    [undefined, 'script-failed'],
    [{ result: null }, 'script-failed'],
    [{ error: new Error('x') }, 'script-failed'],
    [{ result: { ...article, wordCount: -1 } }, 'invalid-result'],
    [{ result: { ...article, reason: 'because' } }, 'invalid-result'],
    [{ result: 'text' }, 'invalid-result'],
    [{ result: { unsupportedContentType: 'application/pdf' } }, 'pdf-viewer'],
  ])('%j → %s', (frame, code) => {
    expect(interpretScriptResult(frame)).toMatchObject({ ok: false, error: { code } });
  });
});
