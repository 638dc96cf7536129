import { describe, expect, it } from 'vitest';
import { foldGerman } from '../../utils/search/german-folding';
import { createSearchEngine, searchEngine, upsertDocument } from '../../utils/search/search-engine';
import type { SearchDocument } from '../../utils/search/search-documents';

function doc(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return { id, title: '', authors: '', tags: '', text: '', pageNote: '', highlightNotes: '', ...fields };
}

function ids(query: string, documents: SearchDocument[]): string[] {
  const engine = createSearchEngine();
  for (const document of documents) upsertDocument(engine, document);
  return searchEngine(engine, query).map((hit) => hit.id);
}

describe('foldGerman', () => {
  it.each([
    ['Fachkräfte', 'fachkraefte'],
    ['FACHKRÄFTE', 'fachkraefte'],
    ['Fachkraefte', 'fachkraefte'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['Öffentlichkeit', 'oeffentlichkeit'],
    ['Übergänge', 'uebergaenge'],
    ['Café', 'cafe'],
  ])('%s → %s', (word, folded) => {
    expect(foldGerman(word)).toBe(folded);
  });
});

describe('German-aware full-text search', () => {
  const library = [
    doc('fachkraefte', {
      title: 'Fachkräftemangel in der Jugendhilfe',
      text: 'Es fehlen Fachkräfte überall.',
    }),
    doc('strasse', { title: 'Straßensozialarbeit digital', text: 'Aufsuchende Arbeit auf der Straße.' }),
    doc('oeffentlich', { title: 'Öffentliche Träger', text: 'Die Öffentlichkeit erwartet Transparenz.' }),
    doc('other', { title: 'Pflege und KI', text: 'Künstliche Intelligenz in der Pflege.' }),
  ];

  it('finds umlauts written as ae, oe, ue and ß written as ss, in any case', () => {
    expect(ids('Fachkraefte', library)).toEqual(['fachkraefte']);
    expect(ids('FACHKRÄFTE', library)).toEqual(['fachkraefte']);
    expect(ids('strasse', library)).toEqual(['strasse']);
    expect(ids('oeffentlichkeit', library)).toEqual(['oeffentlich']);
    expect(ids('kuenstliche', library)).toEqual(['other']);
  });

  it('matches the beginning of a word (prefix search)', () => {
    expect(ids('Fachkr', library)).toEqual(['fachkraefte']);
    expect(ids('strassensoz', library)).toEqual(['strasse']);
  });

  it('tolerates an umlaut typed without its e in a long word', () => {
    expect(ids('Fachkrafte', library)).toEqual(['fachkraefte']);
  });

  it('requires every word of the query and ignores function words', () => {
    expect(ids('Pflege Intelligenz', library)).toEqual(['other']);
    expect(ids('Pflege Straße', library)).toEqual([]);
    expect(ids('die', library)).toEqual([]);
    expect(ids('   ', library)).toEqual([]);
  });

  it('ranks a title match above a match in the text, and an exact word above a prefix', () => {
    const ranked = ids('Datenschutz', [
      doc('in-text', { title: 'Teamsitzung', text: 'Wir sprachen lange über Datenschutz und anderes.' }),
      doc('in-title', { title: 'Datenschutz in der Beratung', text: 'Ein Überblick.' }),
      doc('prefix', { title: 'Datenschutzbeauftragte', text: 'Ein Überblick.' }),
    ]);
    expect(ranked).toEqual(['in-title', 'prefix', 'in-text']);
  });

  it('searches authors, tags, page notes and highlight notes', () => {
    const documents = [
      doc('author', { authors: 'Christian Müller' }),
      doc('tag', { tags: 'Onlineberatung' }),
      doc('page-note', { pageNote: 'Für die Teamsitzung im März' }),
      doc('highlight-note', { highlightNotes: 'Wichtig für den Förderantrag' }),
    ];
    expect(ids('Mueller', documents)).toEqual(['author']);
    expect(ids('onlineberatung', documents)).toEqual(['tag']);
    expect(ids('Maerz', documents)).toEqual(['page-note']);
    expect(ids('Foerderantrag', documents)).toEqual(['highlight-note']);
  });
});
