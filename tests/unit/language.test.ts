import { describe, expect, it } from 'vitest';
import { primarySubtag } from '../../utils/extract/metadata/language';
import { detectLanguage } from '../../utils/extract/metadata/language-detection';

const GERMAN =
  'Die Digitalisierung verändert die Soziale Arbeit. Beratungsstellen bieten inzwischen Gespräche per Video an, und viele Jugendämter haben ihre Abläufe umgestellt. Fachkräfte wünschen sich mehr Fortbildung.';
const ENGLISH =
  'Last year a city council asked us to build an app for people sleeping rough. We spent three months on the street first, talking to outreach workers and the people they support, before writing any code.';

describe('language', () => {
  it.each([
    ['de-DE', 'de'],
    ['en_GB', 'en'],
    [' DE ', 'de'],
    ['', null],
    ['deutsch!', null],
  ])('primary subtag of %j is %j', (input, expected) => {
    expect(primarySubtag(input)).toBe(expected);
  });

  it('detects German text on a page that declares English', () => {
    expect(detectLanguage(GERMAN, 'en')).toBe('de');
  });

  it('detects English text on a page that declares German', () => {
    expect(detectLanguage(ENGLISH, 'de')).toBe('en');
  });

  it('keeps the declared language when the text is too short to judge', () => {
    expect(detectLanguage('Kurz.', 'de')).toBe('de');
    expect(detectLanguage('Kurz.', null)).toBeNull();
  });
});
