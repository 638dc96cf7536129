import { describe, expect, test } from 'vitest';
import {
  authorDraftFromName,
  authorNameFromDraft,
  emptyAuthorDraft,
  switchAuthorKind,
  type AuthorDraft,
} from '../../components/metadata/author-draft';
import {
  correctionFromDraft,
  dateFromDraft,
  draftFromArticle,
  spreadPastedDate,
  type EditedArticle,
} from '../../components/metadata/metadata-draft';
import { isCorrected, uncertainFields } from '../../components/metadata/metadata-fields';
import { formatPartialDay } from '../../utils/i18n/locale';
import type { ArticleRecord, MetadataOverrides } from '../../utils/db/records';
import type { AuthorName } from '../../utils/extract/types';

const ARTICLE: EditedArticle = {
  title: 'Digitalisierung braucht Haltung',
  authorNames: [{ family: 'Schmidt', given: 'Anna' }, { literal: 'Diakonie Deutschland' }],
  published: '2021-06',
  siteName: 'Sozial-PR',
};

const person = (given: string, family: string): AuthorDraft => ({
  ...emptyAuthorDraft('person'),
  kind: 'person',
  given,
  family,
  suffix: '',
});

describe('a date typed as year, month and day', () => {
  test.each([
    [{ year: '2021', month: '', day: '' }, '2021'],
    [{ year: '2021', month: '6', day: '' }, '2021-06'],
    [{ year: ' 2021 ', month: '06', day: '' }, '2021-06'],
    [{ year: '2021', month: '6', day: '9' }, '2021-06-09'],
    [{ year: '2020', month: '2', day: '29' }, '2020-02-29'],
    [{ year: '', month: '', day: '' }, null],
  ])('%o is %s', (typed, expected) => {
    expect(dateFromDraft(typed)).toEqual({ ok: true, value: expected });
  });

  test.each([
    [{ year: '2021', month: '13', day: '' }, 'month', 'meta_errorMonth'],
    [{ year: '2021', month: '0', day: '' }, 'month', 'meta_errorMonth'],
    [{ year: '2021', month: 'Juni', day: '' }, 'month', 'meta_errorMonth'],
    [{ year: '21', month: '6', day: '' }, 'year', 'meta_errorYear'],
    [{ year: '2021a', month: '', day: '' }, 'year', 'meta_errorYear'],
    [{ year: '', month: '6', day: '' }, 'year', 'meta_errorYearMissing'],
    [{ year: '2021', month: '', day: '9' }, 'day', 'meta_errorDayWithoutMonth'],
    [{ year: '2021', month: '6', day: '31' }, 'day', 'meta_errorDayOfMonth'],
    [{ year: '2021', month: '2', day: '29' }, 'day', 'meta_errorDayOfMonth'],
    [{ year: '2021', month: '6', day: '0' }, 'day', 'meta_errorDayOfMonth'],
    [{ year: '2021', month: '6', day: 'x' }, 'day', 'meta_errorDay'],
  ])('%o is refused at its %s', (typed, field, key) => {
    const result = dateFromDraft(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]?.key).toBe(key);
  });

  test('the 31st of June names the days the month has', () => {
    expect(dateFromDraft({ year: '2021', month: '6', day: '31' })).toEqual({
      ok: false,
      errors: { day: { key: 'meta_errorDayOfMonth', substitutions: ['31', '30'] } },
    });
  });

  test.each([
    ['2021-06', { year: '2021', month: '6', day: '' }],
    ['2021-06-09', { year: '2021', month: '6', day: '9' }],
    ['2021-13', { year: '2021', month: '13', day: '' }],
    ['06.2021', { year: '2021', month: '6', day: '' }],
    ['6/2021', { year: '2021', month: '6', day: '' }],
    ['9.6.2021', { year: '2021', month: '6', day: '9' }],
    [' 09.06.2021 ', { year: '2021', month: '6', day: '9' }],
  ])('"%s" pasted into the year field is spread out', (typed, expected) => {
    expect(spreadPastedDate(typed)).toEqual(expected);
  });

  test.each(['2021', '202', 'Juni 2021', '2021-6-9-1'])('"%s" stays where it was typed', (typed) => {
    expect(spreadPastedDate(typed)).toBeNull();
  });
});

describe('authors as rows of the form', () => {
  test.each<[string, string, AuthorName]>([
    ['Anna', 'Schmidt', { family: 'Schmidt', given: 'Anna' }],
    ['Ursula', 'von der Leyen', { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' }],
    ['Ludwig', 'van Beethoven', { family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' }],
    ['Charles', 'de Gaulle', { family: 'Gaulle', given: 'Charles', 'non-dropping-particle': 'de' }],
    ['Hans-Peter', 'Müller-Lüdenscheidt', { family: 'Müller-Lüdenscheidt', given: 'Hans-Peter' }],
    ['', '  Schmidt ', { family: 'Schmidt', given: '' }],
    ['Anna  Maria', 'Schmidt', { family: 'Schmidt', given: 'Anna Maria' }],
    ['Vincent', 'van Gogh', { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' }],
    ['Maria', 'von', { family: 'von', given: 'Maria' }],
  ])('given "%s", family "%s"', (given, family, expected) => {
    expect(authorNameFromDraft(person(given, family))).toEqual(expected);
  });

  test('a stored name survives the round trip through the form unchanged', () => {
    const names: AuthorName[] = [
      { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' },
      { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
      { literal: 'Arbeiterwohlfahrt Bundesverband e. V.' },
    ];
    expect(names.map(authorDraftFromName).map(authorNameFromDraft)).toEqual(names);
  });

  test('switching a row between person and organisation keeps what was typed', () => {
    const organisation = switchAuthorKind(person('Caritas', 'Verband'), 'organisation');
    expect(organisation).toMatchObject({ kind: 'organisation', name: 'Caritas Verband' });
    expect(switchAuthorKind(organisation, 'person')).toMatchObject({ given: 'Caritas', family: 'Verband' });
  });
});

describe('the correction a saved draft asks for', () => {
  test('an untouched draft corrects nothing', () => {
    expect(correctionFromDraft(draftFromArticle(ARTICLE), ARTICLE)).toEqual({ ok: true, correction: {} });
  });

  test('only the changed fields are corrected, blank author rows are dropped', () => {
    const draft = draftFromArticle(ARTICLE);
    draft.authors = [
      person('Berta', 'Beispiel'),
      emptyAuthorDraft('organisation'),
      ...draft.authors.slice(1),
    ];
    draft.day = '9';
    expect(correctionFromDraft(draft, ARTICLE)).toEqual({
      ok: true,
      correction: {
        authorNames: [{ family: 'Beispiel', given: 'Berta' }, { literal: 'Diakonie Deutschland' }],
        published: '2021-06-09',
      },
    });
  });

  test('emptied date and site mean "none"; a title is trimmed', () => {
    const draft = {
      ...draftFromArticle(ARTICLE),
      year: '',
      month: '',
      siteName: ' ',
      title: ' Neu  betitelt ',
    };
    expect(correctionFromDraft(draft, ARTICLE)).toEqual({
      ok: true,
      correction: { title: 'Neu betitelt', published: null, siteName: null },
    });
  });

  test('reordering authors is a correction', () => {
    const draft = draftFromArticle(ARTICLE);
    draft.authors.reverse();
    const result = correctionFromDraft(draft, ARTICLE);
    expect(result.ok && result.correction.authorNames).toEqual([...ARTICLE.authorNames].reverse());
  });

  test('every problem is reported at its own control, and nothing is saved', () => {
    const unnamed = person('Berta', '');
    const draft = { ...draftFromArticle(ARTICLE), title: '  ', month: '13', authors: [unnamed] };
    expect(correctionFromDraft(draft, ARTICLE)).toEqual({
      ok: false,
      errors: {
        title: { key: 'meta_errorTitleEmpty' },
        [`author-${unnamed.key}`]: { key: 'meta_errorFamilyMissing' },
        month: { key: 'meta_errorMonth', substitutions: ['13'] },
      },
    });
  });
});

describe('dates shown as precisely as they are', () => {
  test.each([
    ['2021-06-09', 'de-DE', '9. Juni 2021'],
    ['2021-06', 'de-DE', 'Juni 2021'],
    ['2021', 'de-DE', '2021'],
    ['2021-06-09', 'en', 'June 9, 2021'],
    ['2021-06', 'en', 'June 2021'],
    ['2021-01', 'de-AT', 'Jänner 2021'],
    ['2021-12-31', 'de-DE', '31. Dezember 2021'],
    ['2021-06-09T23:30:00Z', 'de-DE', '9. Juni 2021'],
    ['Juni 2021', 'de-DE', null],
    [null, 'de-DE', null],
  ])('%s in %s is %s', (value, locale, expected) => {
    expect(formatPartialDay(value, locale)).toBe(expected);
  });
});

describe('a whole date left in the year field', () => {
  test('counts as spread when the form is saved before leaving the field', () => {
    expect(dateFromDraft({ year: '2021-06', month: '', day: '' })).toEqual({ ok: true, value: '2021-06' });
    expect(dateFromDraft({ year: '9.6.2021', month: '', day: '' })).toEqual({
      ok: true,
      value: '2021-06-09',
    });
  });
});

describe('which fields the card asks the reader to check', () => {
  const provenance = (confidence: 'high' | 'medium' | 'low', source: 'byline' | 'unknown' = 'byline') => ({
    source,
    confidence,
    reason: 'test',
  });
  const record = (overrides: MetadataOverrides, clippedBeforeProvenance = false) => {
    const source = clippedBeforeProvenance ? 'unknown' : 'byline';
    return {
      ...ARTICLE,
      overrides,
      provenance: {
        title: provenance('high', source),
        authors: provenance('medium', source),
        published: provenance('low', source),
        modified: provenance('low', source),
        siteName: provenance('high', source),
      },
    } as unknown as ArticleRecord;
  };

  test('medium and low confidence count, high does not, and "modified" is not shown', () => {
    expect(uncertainFields(record({}))).toEqual(['authorNames', 'published']);
  });

  test('a corrected field is the reader’s own and needs no check, even when corrected to "none"', () => {
    expect(uncertainFields(record({ published: null }))).toEqual(['authorNames']);
    expect(isCorrected(record({ published: null }), 'published')).toBe(true);
    expect(isCorrected(record({}), 'published')).toBe(false);
  });

  test('a record from before provenance existed ("unknown" source) is not called unsure', () => {
    expect(uncertainFields(record({}, true))).toEqual([]);
  });
});
