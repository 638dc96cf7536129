import { describe, expect, it } from 'vitest';
import { authorDisplayName } from '../../utils/extract/names/author-name';
import { parseAuthorName } from '../../utils/extract/names/parse-author-name';
import { stripAcademicTitles } from '../../utils/extract/names/academic-titles';

describe('parseAuthorName: people', () => {
  it.each([
    ['Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['Anna Maria Schmidt', { given: 'Anna Maria', family: 'Schmidt' }],
    ['Richard David Precht', { given: 'Richard David', family: 'Precht' }],
    ['Moritz Pieczewski-Freimuth', { given: 'Moritz', family: 'Pieczewski-Freimuth' }],
    ['Iris Lange-Fricke', { given: 'Iris', family: 'Lange-Fricke' }],
    ['Kazım Türkmen', { given: 'Kazım', family: 'Türkmen' }],
    ['JUERGEN HASENKOPF', { given: 'JUERGEN', family: 'HASENKOPF' }],
    ['R. R. Martin', { given: 'R. R.', family: 'Martin' }],
    ['Ursula von der Leyen', { given: 'Ursula', 'non-dropping-particle': 'von der', family: 'Leyen' }],
    ['Ludwig van Beethoven', { given: 'Ludwig', 'non-dropping-particle': 'van', family: 'Beethoven' }],
    ['Christoph von Ritter', { given: 'Christoph', 'non-dropping-particle': 'von', family: 'Ritter' }],
    ['Leonardo da Vinci', { given: 'Leonardo', 'non-dropping-particle': 'da', family: 'Vinci' }],
    ['Thomas de Maizière', { given: 'Thomas', 'non-dropping-particle': 'de', family: 'Maizière' }],
    [
      'Karl-Theodor zu Guttenberg',
      { given: 'Karl-Theodor', 'non-dropping-particle': 'zu', family: 'Guttenberg' },
    ],
    ['Vincent van der Berg', { given: 'Vincent', 'non-dropping-particle': 'van der', family: 'Berg' }],
    ['Müller, Anna', { given: 'Anna', family: 'Müller' }],
    ['Schmidt, Anna Maria', { given: 'Anna Maria', family: 'Schmidt' }],
    ['Leyen, Ursula von der', { given: 'Ursula', 'non-dropping-particle': 'von der', family: 'Leyen' }],
    ['von der Leyen, Ursula', { given: 'Ursula', 'non-dropping-particle': 'von der', family: 'Leyen' }],
    ['Martin Luther King Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['King, Martin Luther, Jr.', { given: 'Martin Luther', family: 'King', suffix: 'Jr.' }],
    ['John Smith III', { given: 'John', family: 'Smith', suffix: 'III' }],
    ['Precht', { given: '', family: 'Precht' }],
    // Titles, degrees and salutations are no part of a name.
    ['Prof. Dr. Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['Dr. med. Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['Dr. phil. Jonas Becker', { given: 'Jonas', family: 'Becker' }],
    ['PD Dr. Lea Wolf', { given: 'Lea', family: 'Wolf' }],
    ['Dipl.-Soz.-Päd. Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['Dipl.-Päd. Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['Dipl.-Ing. Hans Meier', { given: 'Hans', family: 'Meier' }],
    ['Mag. Anna Huber', { given: 'Anna', family: 'Huber' }],
    ['Mag.a Anna Huber', { given: 'Anna', family: 'Huber' }],
    ['Anna Schmidt, M.A.', { given: 'Anna', family: 'Schmidt' }],
    ['Anna Schmidt B.A.', { given: 'Anna', family: 'Schmidt' }],
    ['Jonas Becker, M.Sc.', { given: 'Jonas', family: 'Becker' }],
    ['Jonas Becker MSc', { given: 'Jonas', family: 'Becker' }],
    ['Lea Wolf, B.Sc.', { given: 'Lea', family: 'Wolf' }],
    ['Lea Wolf, LL.M.', { given: 'Lea', family: 'Wolf' }],
    ['Jane Doe, PhD', { given: 'Jane', family: 'Doe' }],
    ['Jane Doe, Ph.D.', { given: 'Jane', family: 'Doe' }],
    ['John Smith, MBA', { given: 'John', family: 'Smith' }],
    ['Anna Schmidt, Sozialarbeiterin (B.A.)', { given: 'Anna', family: 'Schmidt' }],
    ['Prof. Dr. Dr. h.c. mult. Hans Meier', { given: 'Hans', family: 'Meier' }],
    ['Univ.-Prof. Dr. Anna Huber', { given: 'Anna', family: 'Huber' }],
    ['Priv.-Doz. Dr. Jonas Becker', { given: 'Jonas', family: 'Becker' }],
    ['DSA Anna Huber', { given: 'Anna', family: 'Huber' }],
    ['Frau Prof. Dr. Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['Dr Jane Doe', { given: 'Jane', family: 'Doe' }],
    ['Professor John Smith', { given: 'John', family: 'Smith' }],
    ['Dr. Ursula von der Leyen', { given: 'Ursula', 'non-dropping-particle': 'von der', family: 'Leyen' }],
    ['Schmidt, Prof. Dr. Anna', { given: 'Anna', family: 'Schmidt' }],
    // Labels a pasted byline still carries.
    ['Von Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['Text: Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['Gastbeitrag von Anna Schmidt', { given: 'Anna', family: 'Schmidt' }],
    ['By Jane Doe', { given: 'Jane', family: 'Doe' }],
  ])('%s', (text, expected) => {
    expect(parseAuthorName(text)).toEqual(expected);
  });

  it('keeps the name as it reads on the page, without titles', () => {
    const name = parseAuthorName('Prof. Dr. Ursula von der Leyen');
    expect(name && authorDisplayName(name)).toBe('Ursula von der Leyen');
  });
});

describe('parseAuthorName: organisations and handles', () => {
  it.each([
    ['Der Paritätische Gesamtverband e.V.'],
    ['Diakonie Deutschland GmbH'],
    ['Deutsches Institut für Menschenrechte'],
    ['Redaktion Polizeiticker Schweiz'],
    ['dpa'],
    ['epd'],
    ['Fluessiggas.de'],
    ['Stiftung Warentest'],
    ['Hochschule Esslingen'],
  ])('%s is an organisation', (text) => {
    expect(parseAuthorName(text)).toEqual({ literal: text });
  });

  it.each([['happyface313'], ['gabor_munier'], ['macbacchi'], ['VZS']])('%s is cited as written', (text) => {
    expect(parseAuthorName(text)).toEqual({ literal: text });
  });

  it('takes the declared kind over the shape of the text', () => {
    expect(parseAuthorName('Daheim Solar', 'organisation')).toEqual({ literal: 'Daheim Solar' });
    expect(parseAuthorName('Daheim Solar')).toEqual({ given: 'Daheim', family: 'Solar' });
    expect(parseAuthorName('Anna Schmidt', 'person')).toEqual({ given: 'Anna', family: 'Schmidt' });
  });
});

describe('parseAuthorName: an editorial desk credited alone is an organisation, never a person', () => {
  it.each([['Redaktion'], ['Die Redaktion']])('%s', (text) => {
    expect(parseAuthorName(text)).toEqual({ literal: text });
  });
});

describe('parseAuthorName: not names', () => {
  it.each([
    [''],
    ['   '],
    ['Gastautor'],
    ['Gastautorin'],
    ['Gastbeitrag'],
    ['Text:'],
    ['Von'],
    ['by'],
    ['Autor'],
    ['Autorin:'],
    ['admin'],
    ['Anonymous'],
    ['Mehr Beiträge'],
    ['Alle Artikel anzeigen'],
    ['12.05.2020'],
    ['anna.schmidt@example.org'],
  ])('%j', (text) => {
    expect(parseAuthorName(text)).toBeNull();
  });
});

describe('stripAcademicTitles', () => {
  it.each([
    ['Drake Bell', 'Drake Bell'],
    ['Frauke Peters', 'Frauke Peters'],
    ['Doris Prof', 'Doris Prof'],
    ['Maria Bauer, Dipl.-Sozialpädagogin', 'Maria Bauer'],
    ['Anna Maria Schmidt, Dipl.-Soz.-Päd. (FH)', 'Anna Maria Schmidt'],
    ['Prof. Dr. phil. habil. Anna Schmidt', 'Anna Schmidt'],
    ['Dr.-Ing. Hans Meier', 'Hans Meier'],
    ['Dr. rer. nat. Anna Schmidt', 'Anna Schmidt'],
    ['Prof. em. Dr. Hans Meier', 'Hans Meier'],
    ['Mag. (FH) Anna Huber', 'Anna Huber'],
    ['Dr.in Anna Huber', 'Anna Huber'],
    ['Prof.', 'Prof.'],
    ['Dr.', 'Dr.'],
  ])('%s → %s', (text, expected) => {
    expect(stripAcademicTitles(text)).toBe(expected);
  });
});
