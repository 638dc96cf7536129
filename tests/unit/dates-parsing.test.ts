import { describe, expect, it } from 'vitest';
import { defaultBounds } from '../../utils/extract/metadata/dates/calendar-day';
import { dayOrderFor } from '../../utils/extract/metadata/dates/day-order';
import { parseMachineDate } from '../../utils/extract/metadata/dates/machine-date';
import { urlFullDate, urlMonthDate } from '../../utils/extract/metadata/dates/url-date';
import { parseVisibleDate } from '../../utils/extract/metadata/dates/visible-date';

const bounds = defaultBounds(new Date('2024-06-15T12:00:00Z'));

describe('visible dates (German and English)', () => {
  it.each([
    ['02.07.2019', 'de', '2019-07-02'],
    ['2.7.2019', 'de', '2019-07-02'],
    ['Di 02.07.19', 'de', '2019-07-02'],
    ['2. Juli 2019', 'de', '2019-07-02'],
    ['Dienstag, 2. Juli 2019', 'de', '2019-07-02'],
    ['3. März 2020', 'de', '2020-03-03'],
    ['3. Mrz. 2020', 'de', '2020-03-03'],
    ['Mittwoch, 4. Sept. 2019', 'de', '2019-09-04'],
    ['12. Jänner 2021', 'de-AT', '2021-01-12'],
    ['Stand: 12.05.2020, 14:30 Uhr', 'de', '2020-05-12'],
    ['Veröffentlicht am 2. Juli 2019 um 14:30 Uhr', 'de', '2019-07-02'],
    ['Aktualisiert am 15.01.2022', 'de', '2022-01-15'],
    ['07/10/2020', 'en-GB', '2020-10-07'],
    ['07/10/2020', 'en-US', '2020-07-10'],
    ['07/10/2020', 'de', '2020-10-07'],
    ['July 2, 2019', 'en-US', '2019-07-02'],
    ['2 July 2019', 'en-GB', '2019-07-02'],
    ['Tuesday, 2nd July 2019', 'en-GB', '2019-07-02'],
    ['Posted on Jul 2, 2019 at 5pm', 'en', '2019-07-02'],
    ['Published 2019-07-02', 'en', '2019-07-02'],
    ['2nd of July, 2019', 'en-GB', '2019-07-02'],
    ['Sonntag, Dezember 16th, 2012', 'de', '2012-12-16'],
    ['Erschienen am: 01.11.2023', 'de', '2023-11-01'],
    ['Mo., 29-10-2021', 'de', '2021-10-29'],
    ['Dienstag, 01. Februar 2022 12:10', 'de-CH', '2022-02-01'],
    ['Letzte Änderung: 31.10.2023 - 14:49:39', 'de', '2023-10-31'],
  ])('%s (%s) is %s', (text, locale, day) => {
    expect(parseVisibleDate(text, dayOrderFor(locale), bounds)?.day).toBe(day);
  });

  it.each([
    ['2. Juli', 'no year'],
    ['heute, 14:30 Uhr', 'relative'],
    ['vor 2 Stunden', 'relative'],
    ['01.01.1990', 'before the web'],
    ['31.12.2030', 'in the future'],
    ['31.06.2019', 'no such day'],
    ['Telefon 0711 123456', 'not a date'],
    ['Juli 2018', 'no day'],
    ['Version 1.2.2019.3', 'a version number'],
    ['Bestellnummer 12-10-19', 'two-digit year after hyphens'],
  ])('%s is no date (%s)', (text) => {
    expect(parseVisibleDate(text, 'day-first', bounds)).toBeNull();
  });
});

describe('machine-readable dates', () => {
  const german = { bounds, order: 'day-first' as const, centralEuropean: true };
  const english = { bounds, order: 'month-first' as const, centralEuropean: false };
  it.each([
    ['2019-07-02T00:30:00+02:00', german, '2019-07-02'],
    ['2019-07-02T23:30:00-05:00', german, '2019-07-02'],
    ['2019-07-01T22:30:00Z', german, '2019-07-02'],
    ['2019-01-01T23:30:00Z', german, '2019-01-02'],
    ['2019-07-01T22:30:00Z', english, '2019-07-01'],
    ['2019-07-02', german, '2019-07-02'],
    ['2019-07-02 10:15:00', german, '2019-07-02'],
    ['20190702', german, '2019-07-02'],
    ['2019/07/02', german, '2019-07-02'],
    ['Tue, 02 Jul 2019 10:00:00 GMT', english, '2019-07-02'],
    ['02.07.2019', german, '2019-07-02'],
    ['1562061000', english, '2019-07-02'],
  ])('%s is %s', (value, reading, day) => {
    expect(parseMachineDate(value, reading)).toBe(day);
  });

  it.each(['0001-01-01T00:00:00Z', '1970-01-01', '2099-01-01', '', 'not a date', '0'])(
    'rejects %j',
    (value) => {
      expect(parseMachineDate(value, german)).toBeNull();
    },
  );
});

describe('dates in the URL path', () => {
  it.each([
    ['https://example.org/2019/07/02/titel/', '2019-07-02'],
    ['https://example.org/blog/2019-07-02-titel', '2019-07-02'],
    ['https://example.org/news/20190702/titel.html', '2019-07-02'],
    ['https://example.org/2019/07/titel/', null],
    ['https://example.org/meldungen/29-10-2021', '2021-10-29'],
    ['https://example.org/artikel/31-02-2021-titel', null],
    ['https://example.org/artikel/1234567/', null],
  ])('%s has full date %s', (url, day) => {
    expect(urlFullDate(url, bounds)).toBe(day);
  });

  it('reads year and month as a month, never padded to its first day', () => {
    expect(urlMonthDate('https://example.org/2019/07/titel/', bounds)).toBe('2019-07');
  });

  it('takes en-US and bare English as month-first, everything else day-first', () => {
    expect(dayOrderFor('en-US')).toBe('month-first');
    expect(dayOrderFor('en')).toBe('month-first');
    expect(dayOrderFor('en-GB')).toBe('day-first');
    expect(dayOrderFor('de-CH')).toBe('day-first');
    expect(dayOrderFor(null)).toBe('day-first');
  });
});
