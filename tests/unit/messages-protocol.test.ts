import { describe, expect, it } from 'vitest';
import { answerMessage, readResponse, type MessageHandlers } from '../../utils/messages';
import type { ClipResult } from '../../utils/clip';
import { SAMPLE_ARTICLE } from '../support/sample-article';

const SELF = { id: 'randnotiz-id', baseUrl: 'chrome-extension://randnotiz-id/' };
const PANEL = { id: SELF.id, url: `${SELF.baseUrl}sidepanel.html` };
const PANEL_IN_TAB = { ...PANEL, tab: { id: 4 } };
const CONTENT_SCRIPT = { id: SELF.id, url: 'https://example.org/artikel', tab: { id: 7 } };
const OTHER_EXTENSION = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

const ARTICLE_RESULT: ClipResult = { ok: true, article: SAMPLE_ARTICLE };

function handlersRecording(calls: unknown[]): MessageHandlers {
  return {
    'clip/extractTab': (request, sender) => {
      calls.push({ request, sender });
      return ARTICLE_RESULT;
    },
  };
}

describe('answerMessage checks the sender, then the shape, then runs the handler', () => {
  const message = { name: 'clip/extractTab', request: { tabId: 3 } };

  it('answers an extension page with the handler’s value', async () => {
    const calls: unknown[] = [];
    expect(await answerMessage(message, PANEL, handlersRecording(calls), SELF)).toEqual(ARTICLE_RESULT);
    expect(calls).toEqual([
      { request: { tabId: 3 }, sender: { kind: 'extension-page', tabId: undefined, url: PANEL.url } },
    ]);
  });

  it('treats an extension page opened as a tab as an extension page', async () => {
    const calls: unknown[] = [];
    await answerMessage(message, PANEL_IN_TAB, handlersRecording(calls), SELF);
    expect(calls).toMatchObject([{ sender: { kind: 'extension-page', tabId: 4 } }]);
  });

  it.each([
    ['another extension', OTHER_EXTENSION],
    ['a sender without id', { url: PANEL.url }],
    ['a content script (clip/extractTab is for extension pages)', CONTENT_SCRIPT],
    ['our id from a context that is neither page nor tab', { id: SELF.id, url: 'https://evil.example/' }],
  ])('refuses %s with forbidden-sender and never calls the handler', async (_label, sender) => {
    const calls: unknown[] = [];
    const answer = await answerMessage(message, sender, handlersRecording(calls), SELF);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(calls).toEqual([]);
  });

  it.each([
    ['no envelope', 'clip/extractTab'],
    ['an unknown name', { name: 'db/dropEverything', request: {} }],
    ['a string tab id', { name: 'clip/extractTab', request: { tabId: '3' } }],
    ['a negative tab id', { name: 'clip/extractTab', request: { tabId: -1 } }],
    ['an extra field', { name: 'clip/extractTab', request: { tabId: 3, url: 'x' } }],
    ['no request', { name: 'clip/extractTab' }],
  ])('refuses %s as invalid-message', async (_label, bad) => {
    const calls: unknown[] = [];
    expect(await answerMessage(bad, PANEL, handlersRecording(calls), SELF)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(calls).toEqual([]);
  });

  it('answers no-handler when this context does not handle the message', async () => {
    expect(await answerMessage(message, PANEL, {}, SELF)).toMatchObject({
      ok: false,
      error: { code: 'no-handler' },
    });
  });

  it('turns a throwing handler into handler-failed instead of an exception', async () => {
    const handlers: MessageHandlers = {
      'clip/extractTab': () => {
        throw new Error('boom');
      },
    };
    expect(await answerMessage(message, PANEL, handlers, SELF)).toEqual({
      ok: false,
      error: { code: 'handler-failed', message: 'clip/extractTab failed: boom' },
    });
  });
});

describe('readResponse checks what comes back', () => {
  it('passes a valid response and a clip failure through', () => {
    expect(readResponse('clip/extractTab', ARTICLE_RESULT)).toEqual(ARTICLE_RESULT);
    const failure = { ok: false, error: { code: 'timeout', message: 'slow' } };
    expect(readResponse('clip/extractTab', failure)).toEqual(failure);
  });

  it('passes protocol failures through', () => {
    const failure = { ok: false, error: { code: 'forbidden-sender', message: 'no' } };
    expect(readResponse('clip/extractTab', failure)).toEqual(failure);
  });

  it('reports a missing answer as not-delivered and a malformed one as invalid-response', () => {
    expect(readResponse('clip/extractTab', undefined)).toMatchObject({ error: { code: 'not-delivered' } });
    expect(readResponse('clip/extractTab', { ok: true, article: { title: 1 } })).toMatchObject({
      error: { code: 'invalid-response' },
    });
    expect(
      readResponse('clip/extractTab', { ok: false, error: { code: 'made-up', message: '' } }),
    ).toMatchObject({
      error: { code: 'invalid-response' },
    });
  });
});

describe('reading-list messages', () => {
  const handlers = (calls: unknown[]): MessageHandlers => ({
    'readingLists/changed': (request) => {
      calls.push(request);
      return { ok: true };
    },
    'clip/saveTab': (request) => {
      calls.push(request);
      return { ok: false, kind: 'page', error: { code: 'tab-not-found', message: '' } };
    },
  });

  it('readingLists/changed carries nothing, and only an extension page may send it', async () => {
    const calls: unknown[] = [];
    const send = (request: unknown, sender: object) =>
      answerMessage({ name: 'readingLists/changed', request }, sender, handlers(calls), SELF);
    expect(await send({}, PANEL)).toEqual({ ok: true });
    expect(await send({ lists: [{ id: 'x', name: 'fremd' }] }, PANEL)).toMatchObject({
      error: { code: 'invalid-message' },
    });
    expect(await send({}, CONTENT_SCRIPT)).toMatchObject({ error: { code: 'forbidden-sender' } });
    expect(calls).toEqual([{}]);
  });

  it('clip/saveTab takes a list to put the page on, or "new list", and nothing else', async () => {
    const calls: unknown[] = [];
    const send = (addToList: unknown) =>
      answerMessage({ name: 'clip/saveTab', request: { tabId: 1, addToList } }, PANEL, handlers(calls), SELF);
    for (const good of [{ listId: 'l-1' }, { newList: true }]) {
      expect(await send(good)).toMatchObject({ error: { code: 'tab-not-found' } });
    }
    for (const bad of [{ listId: '' }, { newList: false }, { listId: 'l', newList: true }, 'l-1']) {
      expect(await send(bad)).toMatchObject({ error: { code: 'invalid-message' } });
    }
    expect(calls).toHaveLength(2);
  });

  it('checks the answer to readingLists/changed', () => {
    const failed = { ok: false, error: { code: 'menu-failed', message: 'x' } };
    expect(readResponse('readingLists/changed', failed)).toEqual(failed);
    expect(readResponse('readingLists/changed', { ok: 'yes' })).toMatchObject({
      error: { code: 'invalid-response' },
    });
  });
});
