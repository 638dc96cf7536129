import { describe, expect, it } from 'vitest';
import { anchor } from '../../utils/anchoring/anchor';
import { describeRange } from '../../utils/anchoring/describe-range';
import type { AnchorMethod, TextSelectors } from '../../utils/anchoring/types';

const original = [
  'Die Digitalisierung verändert die Soziale Arbeit grundlegend.',
  'Datenschutz bleibt eine zentrale Frage für Träger der Wohlfahrtspflege und ihre Fachkräfte.',
  'Onlineberatung erreicht Menschen, die den Weg in eine Beratungsstelle nicht finden würden.',
].join('\n\n');

function selectorsFor(text: string, quote: string, occurrence = 0): TextSelectors {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`"${quote}" not in text`);
  return describeRange(text, start, start + quote.length);
}

// Same 32 characters before and after both notices, so only the stored position can tell them apart.
const repeatedNotice = 'Hinweis: Dieser Beitrag wurde aktualisiert.';
const noticeBlock = `Teil des Dossiers Digitalisierung.\n\n${repeatedNotice}\n\nMehr dazu im Dossier Digitalisierung.`;
const withRepeatedNotice = `${noticeBlock}\n\n${noticeBlock}`;

interface AnchorCase {
  name: string;
  oldText: string;
  quote: string;
  occurrence?: number;
  newText: string;
  expected: { text: string; method: AnchorMethod; occurrence?: number } | null;
}

const cases: AnchorCase[] = [
  {
    name: 'unchanged text: exact',
    oldText: original,
    quote: 'zentrale Frage',
    newText: original,
    expected: { text: 'zentrale Frage', method: 'exact' },
  },
  {
    name: 'paragraph moved to the end: exact at the new offset',
    oldText: original,
    quote: 'Datenschutz bleibt eine zentrale Frage',
    newText: original.replace(/^(.*?)\n\n(Datenschutz.*?)\n\n(.*)$/s, '$1\n\n$3\n\n$2'),
    expected: { text: 'Datenschutz bleibt eine zentrale Frage', method: 'exact' },
  },
  {
    name: 'repeated phrase: the prefix/suffix context picks the second occurrence',
    oldText: 'Die Soziale Arbeit handelt. Träger der Soziale Arbeit zahlen.',
    quote: 'Soziale Arbeit',
    occurrence: 1,
    newText: 'Vorwort. Die Soziale Arbeit handelt. Träger der Soziale Arbeit zahlen.',
    expected: { text: 'Soziale Arbeit', method: 'exact', occurrence: 1 },
  },
  {
    name: 'repeated passage with identical context: the stored position decides',
    oldText: withRepeatedNotice,
    quote: repeatedNotice,
    occurrence: 1,
    newText: `${withRepeatedNotice}\n\nNachtrag der Redaktion.`,
    expected: { text: repeatedNotice, method: 'position', occurrence: 1 },
  },
  {
    name: 'typo fixed inside the quote: fuzzy',
    oldText: original.replace('Wohlfahrtspflege', 'Wohlfartspflege'),
    quote: 'Frage für Träger der Wohlfartspflege und ihre',
    newText: original,
    expected: { text: 'Frage für Träger der Wohlfahrtspflege und ihre', method: 'fuzzy' },
  },
  {
    name: 'sentence reworded slightly and moved: fuzzy',
    oldText: original,
    quote: 'Onlineberatung erreicht Menschen, die den Weg in eine Beratungsstelle nicht finden würden.',
    newText: `Vorab ein Hinweis.\n\nOnlineberatung erreicht viele Menschen, die den Weg in eine Beratungsstelle nie finden würden.\n\n${original.split('\n\n')[0]}`,
    expected: {
      text: 'Onlineberatung erreicht viele Menschen, die den Weg in eine Beratungsstelle nie finden würden.',
      method: 'fuzzy',
    },
  },
  {
    name: 'passage removed: unanchorable',
    oldText: original,
    quote: 'Datenschutz bleibt eine zentrale Frage',
    newText: original.replace(/\n\nDatenschutz.*?\n\n/s, '\n\n'),
    expected: null,
  },
  {
    name: 'short word gone, similar words elsewhere: no doubtful guess',
    oldText: 'Wir prüfen die Akte morgen.',
    quote: 'Akte',
    newText: 'Ganz anderer Inhalt mit Akten und Aktien und einer Axt.',
    expected: null,
  },
  {
    name: 'short word twice, neither in its old surroundings: no doubtful guess',
    oldText: 'Wir prüfen die Akte morgen.',
    quote: 'Akte',
    newText: 'Die Akte liegt im Amt. Eine andere Akte fehlt.',
    expected: null,
  },
  {
    name: 'empty new text: unanchorable',
    oldText: original,
    quote: 'zentrale Frage',
    newText: '',
    expected: null,
  },
];

describe('anchor', () => {
  it.each(cases)('$name', ({ oldText, quote, occurrence, newText, expected }) => {
    const result = anchor(newText, selectorsFor(oldText, quote, occurrence));
    if (expected === null) {
      expect(result).toBeNull();
      return;
    }
    const expectedStart = selectorsFor(newText, expected.text, expected.occurrence).position.start;
    expect(result).toEqual({
      start: expectedStart,
      end: expectedStart + expected.text.length,
      method: expected.method,
    });
  });

  it('prefers the approximate match nearest the old position when two are equally good', () => {
    const block = 'Die Fachkraft dokumentiert jedes Gespraech sorgfältig.';
    const oldText = `${block}\n\nMitte.\n\n${block}`;
    const selectors = selectorsFor(oldText, block, 1);
    const edited = block.replace('Gespraech', 'Gespräch');
    const newText = `${edited}\n\nMitte.\n\n${edited}`;
    const result = anchor(newText, selectors);
    expect(result?.method).toBe('fuzzy');
    expect(result?.start).toBe(newText.lastIndexOf(edited));
  });

  it('rejects a quote that changed beyond the error budget', () => {
    const selectors = selectorsFor(original, 'Datenschutz bleibt eine zentrale Frage');
    const rewritten = original.replace(
      'Datenschutz bleibt eine zentrale Frage',
      'Privatsphäre ist ein Kernthema',
    );
    expect(anchor(rewritten, selectors)).toBeNull();
  });
});
