import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { normaliseTags } from '@/utils/db/article-user-fields';
import { compileVocabulary, foldWord, suggestTags } from '@/utils/vocabulary/match-vocabulary';
import { SOCIAL_WORK_VOCABULARY } from '@/utils/vocabulary/social-work-vocabulary';
import {
  loadVocabulary,
  normaliseVocabulary,
  resetVocabulary,
  saveVocabulary,
} from '@/utils/vocabulary/vocabulary-store';
import { useFreshTestDb } from '../fixtures/db/test-database';

const builtIn = compileVocabulary(SOCIAL_WORK_VOCABULARY);

function tagsFor(text: string, title = ''): string[] {
  return suggestTags(builtIn, { title, text }).map((s) => s.tag);
}

describe('suggestTags with the built-in vocabulary', () => {
  test('matches case-blind and through inflections', () => {
    expect(
      tagsFor('Was die sozialen arbeit leisten kann. Fachkräfte der SOZIALEN ARBEIT wissen es.'),
    ).toContain('Soziale Arbeit');
  });

  test('finds terms inside German compounds, at the start and at the end', () => {
    expect(tagsFor('Die Datenschutzbeauftragte prüft. Datenschutzfragen bleiben.')).toContain('Datenschutz');
    expect(tagsFor('Kinderarmut und Altersarmut nehmen zu.')).toContain('Armut');
    expect(tagsFor('Die Schulsozialarbeit und die Sozialarbeiterinnen vor Ort')).toContain('Soziale Arbeit');
  });

  test('maps synonyms and acronyms to their tag', () => {
    expect(tagsFor('Die DSGVO gilt. Auch die DS-GVO-Bußgelder.')).toContain('Datenschutz');
    expect(tagsFor('KI-Systeme und ChatGPT in der Beratung')).toContain('Künstliche Intelligenz');
    expect(tagsFor('Leistungen nach dem SGB VIII; der Schutzauftrag nach § 8a SGB VIII.')).toContain(
      'SGB VIII',
    );
  });

  test('short acronyms match only as themselves', () => {
    // "ki" inside words, "Kiel" or lowercase "ki" are no Künstliche Intelligenz; "SGB VIII" is not "SGB II".
    expect(tagsFor('Kinder in Kiel kichern. Das ki ist klein. Kita und Kiosk.')).not.toContain(
      'Künstliche Intelligenz',
    );
    expect(tagsFor('Nach SGB VIII und nochmals SGB VIII')).not.toContain('SGB II');
  });

  test('ignores a theme mentioned once in passing, unless it is in the title', () => {
    expect(tagsFor('Ein Satz über Pflege.')).not.toContain('Pflege');
    expect(tagsFor('Ein Satz über Pflege.', 'Pflege im Wandel')).toContain('Pflege');
  });

  test('folds umlauts and ß', () => {
    expect(foldWord('Flüchtlingsstraße')).toBe('fluchtlingsstrasse');
    expect(tagsFor('Geflüchtete und Flüchtlinge, GEFLÜCHTETE')).toContain('Migration');
  });

  test('never suggests a tag the article already has, ranks by frequency and respects the limit', () => {
    const text =
      'Digitalisierung, Digitalisierung, Digitalisierung. Datenschutz und DSGVO. Inklusion, inklusiv.';
    const suggestions = suggestTags(builtIn, { title: '', text }, { exclude: ['digitalisierung'], limit: 2 });
    expect(suggestions).toEqual([
      { tag: 'Datenschutz', score: 2 },
      { tag: 'Inklusion', score: 2 },
    ]);
  });

  test('suggests the seed article’s themes', () => {
    const expected = JSON.parse(readFileSync('../shared/fixtures/seed-sozial-pr/expected.json', 'utf8')) as {
      title: string;
      mustInclude: string[];
    };
    const tags = tagsFor(expected.mustInclude.join('\n\n'), expected.title);
    expect(tags.slice(0, 3)).toEqual(
      expect.arrayContaining(['Digitalisierung', 'Soziale Arbeit', 'Wohlfahrt']),
    );
  });

  test('every built-in entry finds its own tag in a sentence', () => {
    for (const entry of SOCIAL_WORK_VOCABULARY) {
      expect(tagsFor(`${entry.tag} und ${entry.tag}.`), entry.tag).toContain(entry.tag);
    }
  });
});

describe('user vocabulary', () => {
  const db = useFreshTestDb();

  test('normalises entries: trimmed, merged by tag, terms without repeats', () => {
    expect(
      normaliseVocabulary([
        { tag: ' Streetwork ', terms: ['aufsuchende Arbeit', ' ', 'Streetwork'] },
        { tag: 'streetwork', terms: ['Aufsuchende  Arbeit', 'Straßensozialarbeit'] },
        { tag: '  ', terms: ['x'] },
      ]),
    ).toEqual([{ tag: 'Streetwork', terms: ['aufsuchende Arbeit', 'Straßensozialarbeit'] }]);
  });

  test('is stored in the settings table, used for suggestions, and reset to the built-in list', async () => {
    expect(await loadVocabulary(db())).toEqual(SOCIAL_WORK_VOCABULARY);
    await saveVocabulary([{ tag: 'Streetwork', terms: ['aufsuchende Arbeit'] }], db());
    const edited = await loadVocabulary(db());
    expect(edited).toEqual([{ tag: 'Streetwork', terms: ['aufsuchende Arbeit'] }]);
    const tags = suggestTags(compileVocabulary(edited), {
      title: '',
      text: 'Aufsuchende Arbeit und Streetworker.',
    });
    expect(tags).toEqual([{ tag: 'Streetwork', score: 2 }]);
    await resetVocabulary(db());
    expect(await loadVocabulary(db())).toEqual(SOCIAL_WORK_VOCABULARY);
  });

  test('a damaged setting falls back to the built-in vocabulary', async () => {
    await db().settings.put({ key: 'vocabulary', value: [{ tag: 3 }] });
    expect(await loadVocabulary(db())).toEqual(SOCIAL_WORK_VOCABULARY);
  });
});

describe('tag normalisation for the tag editor', () => {
  test('trims, collapses spaces and keeps the first spelling of case variants', () => {
    expect(normaliseTags([' KI ', 'ki', 'Soziale   Arbeit', '', 'Datenschutz'])).toEqual([
      'KI',
      'Soziale Arbeit',
      'Datenschutz',
    ]);
  });
});
