// citation-js ships no type declarations; these cover only what utils/export calls.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: object[]);
    format(
      format: 'bibliography',
      options: { format: 'text' | 'html'; template: string; lang: string },
    ): string;
    format(format: 'biblatex' | 'bibtex', options: { format: 'text' }): string;
    format(format: 'data', options: { format: 'object' }): object[];
  }
  export const plugins: { config: { get(name: string): unknown } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
