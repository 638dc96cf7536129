import { describe, expect, it } from 'vitest';
import {
  authorSet,
  calendarDay,
  fieldMatches,
  normaliseValue,
  primaryLanguage,
} from '../../scripts/lib/scoring-metadata';

describe('normaliseValue', () => {
  it('collapses whitespace (also no-break spaces and newlines), trims and lower-cases', () => {
    expect(normaliseValue('  Bohren,\u00a0bis es\n heiß   WIRD ')).toBe('bohren, bis es heiß wird');
  });

  it('folds composed and decomposed umlauts together', () => {
    expect(normaliseValue('Mu\u0308ller')).toBe(normaliseValue('Müller'));
  });
});

describe('authorSet', () => {
  it('reads names without their academic titles, which no citation carries', () => {
    expect([...authorSet('Prof. Dr. Anna Schmidt und Dipl.-Soz.-Päd. Jens Müller')]).toEqual([
      'anna schmidt',
      'jens müller',
    ]);
    expect(authorSet('Prof. Dr. Anna Schmidt')).toEqual(authorSet('Anna Schmidt'));
  });

  it('splits on commas, semicolons, ampersands, "und" and "and"', () => {
    expect([...authorSet('CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB')]).toEqual([
      'clara löw',
      'siddharth prakash',
      'klaus jacob',
    ]);
    expect([...authorSet('Lars Fischer und Alina Schadwinkel')]).toEqual([
      'lars fischer',
      'alina schadwinkel',
    ]);
    expect([...authorSet('Tom and Jerry; Spike')]).toEqual(['tom', 'jerry', 'spike']);
  });

  it('flattens a list and drops empty parts', () => {
    expect([...authorSet(['Anna Schmidt', ' ', 'Jonas  Becker, '])]).toEqual([
      'anna schmidt',
      'jonas becker',
    ]);
  });

  it('does not split inside words that contain "und"', () => {
    expect([...authorSet('Rosamunde Pilcher')]).toEqual(['rosamunde pilcher']);
  });

  it('is empty for nothing', () => {
    expect(authorSet(null).size).toBe(0);
    expect(authorSet([]).size).toBe(0);
  });
});

describe('calendarDay and primaryLanguage', () => {
  it('takes the day of a date or date-time', () => {
    expect(calendarDay('2019-07-02')).toBe('2019-07-02');
    expect(calendarDay('2019-07-02T23:30:00+02:00')).toBe('2019-07-02');
    expect(calendarDay('02.07.2019')).toBeNull();
    expect(calendarDay(null)).toBeNull();
  });

  it('reduces a language tag to its primary subtag', () => {
    expect(primaryLanguage('de-AT')).toBe('de');
    expect(primaryLanguage('EN_gb')).toBe('en');
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
  });
});

describe('fieldMatches', () => {
  it('matches titles exactly after normalising, not by overlap', () => {
    expect(fieldMatches('title', 'Bohren, bis es heiß wird', '  bohren, bis es  HEISS wird')).toBe(false);
    expect(fieldMatches('title', 'Bohren, bis es heiß wird', 'BOHREN, bis es heiß wird ')).toBe(true);
    expect(fieldMatches('title', 'Bohren, bis es heiß wird', 'Bohren, bis es heiß wird - ZEIT ONLINE')).toBe(
      false,
    );
  });

  it('compares several authors as a set, in any order and form', () => {
    expect(fieldMatches('author', 'Anna Schmidt, Jonas Becker', ['Jonas Becker', 'anna  schmidt'])).toBe(
      true,
    );
    expect(
      fieldMatches(
        'author',
        ['Richard David Precht', 'Karin Fischer'],
        'Karin Fischer und Richard David Precht',
      ),
    ).toBe(true);
    expect(fieldMatches('author', 'Anna Schmidt, Jonas Becker', ['Anna Schmidt'])).toBe(false);
    expect(fieldMatches('author', 'Christian Müller', 'Von: Christian Müller')).toBe(false);
  });

  it('counts a date when it names the same day, and a missing answer as wrong', () => {
    expect(fieldMatches('published', '2020-05-12', '2020-05-12T14:30:00+02:00')).toBe(true);
    expect(fieldMatches('published', '2020-05-12', '2020-05-11T22:30:00Z')).toBe(false);
    expect(fieldMatches('published', '2020-05-12', null)).toBe(false);
    expect(fieldMatches('published', '2020-05-12', 'Tue, 12 May 2020')).toBe(false);
  });

  it('compares languages by primary subtag', () => {
    expect(fieldMatches('lang', 'de', 'de-DE')).toBe(true);
    expect(fieldMatches('lang', 'de', 'en')).toBe(false);
  });

  it('treats a null ground truth as "the page has none": only an empty answer is right', () => {
    expect(fieldMatches('author', null, [])).toBe(true);
    expect(fieldMatches('author', null, null)).toBe(true);
    expect(fieldMatches('author', null, ['Redaktion'])).toBe(false);
    expect(fieldMatches('published', null, '2020-01-01')).toBe(false);
    expect(fieldMatches('siteName', null, '  ')).toBe(true);
  });

  it('never counts an empty answer as a match for a real value', () => {
    expect(fieldMatches('title', 'Neues aus dem Sonnenhof', '')).toBe(false);
    expect(fieldMatches('author', 'Jane Doe', [])).toBe(false);
  });
});
