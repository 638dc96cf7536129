// citeproc-js ships no type declarations; this covers what the bibliography round-trip test calls.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string);
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]];
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}
