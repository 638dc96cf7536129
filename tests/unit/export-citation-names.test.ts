import { describe, expect, it } from 'vitest';
import { cslName, familyFirstName } from '../../utils/export/citation-names';
import type { AuthorName } from '../../utils/extract/types';

/**
 * The stored names go into every export as they are, never re-split from a display string: CSL gets the record's
 * own parts (empty ones dropped), RIS, CSV and COinS the inverted "Family, Given" form with the particle in front.
 */
const NAMES: [string, AuthorName, object, string][] = [
  [
    'a person',
    { family: 'Müller', given: 'Christian' },
    { family: 'Müller', given: 'Christian' },
    'Müller, Christian',
  ],
  [
    'a German particle',
    { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' },
    { family: 'Leyen', given: 'Ursula', 'non-dropping-particle': 'von der' },
    'von der Leyen, Ursula',
  ],
  [
    'a Dutch particle',
    { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' },
    { family: 'Gogh', given: 'Vincent', 'non-dropping-particle': 'van' },
    'van Gogh, Vincent',
  ],
  [
    'a double given name and double family name',
    { family: 'Großmann-Weber', given: 'Anna-Lena Maria' },
    { family: 'Großmann-Weber', given: 'Anna-Lena Maria' },
    'Großmann-Weber, Anna-Lena Maria',
  ],
  [
    'a suffix',
    { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
    { family: 'King', given: 'Martin Luther', suffix: 'Jr.' },
    'King, Martin Luther, Jr.',
  ],
  ['only a family name', { family: 'Sokrates', given: '' }, { family: 'Sokrates' }, 'Sokrates'],
  [
    'a suffix without a given name',
    { family: 'Meier', given: ' ', suffix: 'Sr.' },
    { family: 'Meier', suffix: 'Sr.' },
    'Meier, , Sr.',
  ],
  [
    'an empty particle',
    { family: 'Schmidt', given: 'Anna', 'non-dropping-particle': '' },
    { family: 'Schmidt', given: 'Anna' },
    'Schmidt, Anna',
  ],
  [
    'an organisation',
    { literal: 'Caritas Verband e.V.' },
    { literal: 'Caritas Verband e.V.' },
    'Caritas Verband e.V.',
  ],
  [
    'an organisation that reads like a person',
    { literal: 'Paritätischer Gesamtverband' },
    { literal: 'Paritätischer Gesamtverband' },
    'Paritätischer Gesamtverband',
  ],
  [
    'an organisation with a comma',
    { literal: 'AWO, Bezirk Nord' },
    { literal: 'AWO, Bezirk Nord' },
    'AWO, Bezirk Nord',
  ],
];

describe('citation names', () => {
  it.each(NAMES)('%s', (_label, name, csl, inverted) => {
    expect(cslName(name)).toEqual(csl);
    expect(familyFirstName(name)).toBe(inverted);
  });
});
