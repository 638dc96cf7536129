import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIP_FLOW_ERROR_CODES, textForOutcome, type ClipFlowOutcome } from '../../utils/clip-flow';
import { boundTabIdFrom } from '../../utils/clip-flow/bound-tab';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES = ['de', 'en'].map((lang) => ({
  lang,
  messages: JSON.parse(
    readFileSync(join(import.meta.dirname, '../../public/_locales', lang, 'messages.json'), 'utf8'),
  ) as Messages,
}));

const saved = (overrides: Partial<Extract<ClipFlowOutcome, { ok: true }>> = {}): ClipFlowOutcome => ({
  ok: true,
  kind: 'page',
  articleId: 'a',
  title: 'Teilhabe digital',
  created: true,
  annotations: { total: 0, orphaned: 0, newlyOrphaned: 0 },
  ...overrides,
});

describe('clip feedback in the reader’s language', () => {
  const outcomes: ClipFlowOutcome[] = [
    saved(),
    saved({ created: false }),
    saved({ created: false, annotations: { total: 3, orphaned: 1, newlyOrphaned: 1 } }),
    saved({ kind: 'selection' }),
    saved({ list: { id: 'l', name: 'Seminar', alreadyOn: false } }),
    saved({ created: false, list: { id: 'l', name: 'Seminar', alreadyOn: true } }),
    saved({ awaitsNewList: true }),
    ...CLIP_FLOW_ERROR_CODES.map((code): ClipFlowOutcome => ({
      ok: false,
      kind: 'page',
      error: { code, message: 'x' },
    })),
  ];

  it.each(LOCALES)('every outcome has a $lang message with the placeholders it fills', ({ messages }) => {
    for (const outcome of outcomes) {
      const { key, substitutions = [] } = textForOutcome(outcome);
      const entry = messages[key];
      expect(entry?.message, key).toBeTruthy();
      expect(Object.keys(entry?.placeholders ?? {}), key).toHaveLength(substitutions.length);
    }
  });

  it('tells an update with orphaned highlights apart from a plain update', () => {
    expect(textForOutcome(outcomes[1]!)).toEqual({
      key: 'clip_savedUpdated',
      substitutions: ['Teilhabe digital'],
    });
    expect(textForOutcome(outcomes[2]!)).toEqual({
      key: 'clip_savedUpdatedOrphans',
      substitutions: ['Teilhabe digital', '1'],
    });
  });

  it('names the list an article was put on, before anything else about the clip', () => {
    expect(textForOutcome(outcomes[4]!)).toEqual({
      key: 'clip_addedToList',
      substitutions: ['Teilhabe digital', 'Seminar'],
    });
    expect(textForOutcome(outcomes[5]!).key).toBe('clip_alreadyOnList');
    expect(textForOutcome(outcomes[6]!).key).toBe('clip_readyForNewList');
  });

  it('German and English have the same clip keys', () => {
    const keys = (messages: Messages) =>
      Object.keys(messages)
        .filter((key) => key.startsWith('clip_'))
        .sort();
    expect(keys(LOCALES[0]!.messages)).toEqual(keys(LOCALES[1]!.messages));
  });

  it('the menu entries read as the product promises', () => {
    expect(LOCALES[0]!.messages.clip_menuSavePage!.message).toBe('Seite in Randnotiz speichern');
    expect(LOCALES[0]!.messages.clip_menuSaveSelection!.message).toBe('Auswahl als Zitat speichern');
  });
});

describe('binding the panel to a tab with ?tabId=N', () => {
  it.each([
    ['?tabId=12', 12],
    ['?view=library&tabId=3', 3],
    ['', null],
    ['?tabId=', null],
    ['?tabId=-4', null],
    ['?tabId=1.5', null],
    ['?tabId=abc', null],
    ['?tabId=99999999999999999999', null],
  ])('%s binds to %s', (search, expected) => {
    expect(boundTabIdFrom(search)).toBe(expected);
  });
});
