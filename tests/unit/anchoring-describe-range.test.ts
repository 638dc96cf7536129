import { describe, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describeRange } from '../../utils/anchoring/describe-range';

const text =
  'Die Digitalisierung verändert die Soziale Arbeit grundlegend. Beratung findet zunehmend online statt.';

describe('describeRange', () => {
  it('describes a range with its quote, 32 characters of context each side, and its position', () => {
    const start = text.indexOf('Soziale Arbeit');
    const end = start + 'Soziale Arbeit'.length;
    expect(describeRange(text, start, end)).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'Soziale Arbeit',
        prefix: text.slice(start - CONTEXT_LENGTH, start),
        suffix: text.slice(end, end + CONTEXT_LENGTH),
      },
      position: { type: 'TextPositionSelector', start, end },
    });
    expect(CONTEXT_LENGTH).toBe(32);
  });

  it('shortens the context at the edges of the text', () => {
    const selectors = describeRange(text, 0, 3);
    expect(selectors.quote.prefix).toBe('');
    expect(selectors.quote.suffix).toBe(text.slice(3, 35));
    const last = describeRange(text, text.length - 6, text.length);
    expect(last.quote.exact).toBe('statt.');
    expect(last.quote.suffix).toBe('');
  });

  it('does not cut an emoji in half at the edge of the context', () => {
    const withEmoji = `${'x'.repeat(10)}👍${'y'.repeat(31)}QUOTE`;
    const start = withEmoji.indexOf('QUOTE');
    const { prefix } = describeRange(withEmoji, start, start + 5).quote;
    expect(prefix).toBe('y'.repeat(31));
    expect(prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
  });

  it.each([
    [-1, 3],
    [5, 5],
    [6, 2],
    [0, text.length + 1],
    [1.5, 4],
  ])('rejects the invalid range %s–%s', (start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError);
  });
});
