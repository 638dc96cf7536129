import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessages, readResponse } from '../../utils/messages';

type Listener = (message: unknown, sender: unknown) => unknown;

let listeners: Listener[];

beforeEach(() => {
  fakeBrowser.reset();
  listeners = [];
  fakeBrowser.runtime.onMessage.addListener = vi.fn((listener: Listener) =>
    listeners.push(listener),
  ) as never;
});

const PANEL = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

describe('handleMessages in an extension page', () => {
  it('leaves messages it does not handle to the background, so its "no handler" never hides the real answer', () => {
    handleMessages(
      { 'clip/extractTab': () => ({ ok: false, error: { code: 'timeout', message: '' } }) },
      {
        answerUnhandled: false,
      },
    );
    expect(listeners[0]!({ name: 'clip/saveTab', request: { tabId: 1 } }, PANEL)).toBeUndefined();
    expect(listeners[0]!('garbage', PANEL)).toBeUndefined();
    expect(listeners[0]!({ name: 'clip/extractTab', request: { tabId: 1 } }, PANEL)).toBeInstanceOf(Promise);
  });

  it('the background answers everything, unknown and malformed messages included', async () => {
    handleMessages({});
    expect(await listeners[0]!({ name: 'clip/saveTab', request: { tabId: 1 } }, PANEL)).toMatchObject({
      error: { code: 'no-handler' },
    });
    expect(await listeners[0]!('garbage', PANEL)).toMatchObject({ error: { code: 'invalid-message' } });
  });

  it('checks clip/saveTab answers against the clip outcome schema', () => {
    const saved = {
      ok: true,
      kind: 'page',
      articleId: 'id',
      title: 'T',
      created: true,
      annotations: { total: 0, orphaned: 0, newlyOrphaned: 0 },
    };
    expect(readResponse('clip/saveTab', saved)).toEqual(saved);
    expect(readResponse('clip/saveTab', { ...saved, kind: 'everything' })).toMatchObject({
      error: { code: 'invalid-response' },
    });
    const full = { ok: false, kind: 'page', error: { code: 'storage-full', message: 'm' } };
    expect(readResponse('clip/saveSelection', full)).toEqual(full);
  });
});
