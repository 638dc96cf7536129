import { foldGerman } from './german-folding';

/**
 * Function words that occur in nearly every German or English article. Leaving them out keeps the stored index
 * small (it is saved with the library) and keeps a query such as "die Digitalisierung" from matching everything.
 */
const GERMAN =
  'aber als am an auch auf aus bei bin bis da damit dann das dass dem den der des die dies diese dieser doch du ' +
  'ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja man mit nach nicht noch nur oder ' +
  'sich sie sind so um und uns von vor war was wenn werden wie wir wird zu zum zur';
const ENGLISH = 'a and are be by for from is it of on or that the this to was with';

const WORDS = `${GERMAN} ${ENGLISH}`.split(' ');

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.map(foldGerman));
