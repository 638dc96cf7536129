import { describe, expect, it } from 'vitest';
import { foldGerman } from '../../utils/search/german-folding';
import { LibrarySearch } from '../../utils/search/library-search';
import type { SearchDocument } from '../../utils/search/search-documents';
import { MemorySearchStore } from './search-memory-store';

function doc(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return { id, title: '', authors: '', tags: '', text: '', pageNote: '', highlightNotes: '', ...fields };
}

async function ids(query: string, documents: SearchDocument[]): Promise<string[]> {
  const store = new MemorySearchStore();
  for (const document of documents) store.put(document);
  const search = new LibrarySearch(store);
  await search.sync();
  return ((await search.search(query)) ?? []).map((hit) => hit.id);
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

  it('finds umlauts written as ae, oe, ue and ß written as ss, in any case', async () => {
    expect(await ids('Fachkraefte', library)).toEqual(['fachkraefte']);
    expect(await ids('FACHKRÄFTE', library)).toEqual(['fachkraefte']);
    expect(await ids('strasse', library)).toEqual(['strasse']);
    expect(await ids('oeffentlichkeit', library)).toEqual(['oeffentlich']);
    expect(await ids('kuenstliche', library)).toEqual(['other']);
  });

  it('matches the beginning of a word (prefix search)', async () => {
    expect(await ids('Fachkr', library)).toEqual(['fachkraefte']);
    expect(await ids('strassensoz', library)).toEqual(['strasse']);
  });

  it('tolerates an umlaut typed without its e in a long word', async () => {
    expect(await ids('Fachkrafte', library)).toEqual(['fachkraefte']);
  });

  it('requires every word of the query and ignores function words', async () => {
    expect(await ids('Pflege Intelligenz', library)).toEqual(['other']);
    expect(await ids('Pflege Straße', library)).toEqual([]);
    expect(await ids('die', library)).toEqual([]);
    expect(await ids('   ', library)).toEqual([]);
  });

  it('ranks a title match above a match in the text, and an exact word above a prefix', async () => {
    const ranked = await ids('Datenschutz', [
      doc('in-text', { title: 'Teamsitzung', text: 'Wir sprachen lange über Datenschutz und anderes.' }),
      doc('in-title', { title: 'Datenschutz in der Beratung', text: 'Ein Überblick.' }),
      doc('prefix', { title: 'Datenschutzbeauftragte', text: 'Ein Überblick.' }),
    ]);
    expect(ranked).toEqual(['in-title', 'prefix', 'in-text']);
  });

  it('searches authors, tags, page notes and highlight notes', async () => {
    const documents = [
      doc('author', { authors: 'Christian Müller' }),
      doc('tag', { tags: 'Onlineberatung' }),
      doc('page-note', { pageNote: 'Für die Teamsitzung im März' }),
      doc('highlight-note', { highlightNotes: 'Wichtig für den Förderantrag' }),
    ];
    expect(await ids('Mueller', documents)).toEqual(['author']);
    expect(await ids('onlineberatung', documents)).toEqual(['tag']);
    expect(await ids('Maerz', documents)).toEqual(['page-note']);
    expect(await ids('Foerderantrag', documents)).toEqual(['highlight-note']);
  });
});
