import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CslItem } from './csl-item';

/**
 * citation-js ships the official APA 7 CSL style and the de-DE locale, but the style hard-codes the English
 * "Month Day" order for exact dates ("2019, Juli 2"). German APA writes "2019, 2. Juli", so a German variant of
 * the style swaps that one date element; everything else is the unmodified style from the package.
 */
const ENGLISH_MONTH_DAY =
  '<date variable="issued"><date-part name="month"/><date-part name="day" prefix=" "/></date>';
const GERMAN_DAY_MONTH =
  '<date variable="issued"><date-part name="day" suffix=". "/><date-part name="month"/></date>';

export const APA_GERMAN_TEMPLATE = 'apa-de';

interface CslStyles {
  get(name: string): string;
  add(name: string, style: string): void;
  has(name: string): boolean;
}

function registerGermanApa(): void {
  const styles = (plugins.config.get('@csl') as { styles: CslStyles }).styles;
  if (styles.has(APA_GERMAN_TEMPLATE)) return;
  const apa = styles.get('apa');
  // If a future style release rewrites that element, the golden test notices; the English order is the fallback.
  styles.add(APA_GERMAN_TEMPLATE, apa.replace(ENGLISH_MONTH_DAY, GERMAN_DAY_MONTH));
}

registerGermanApa();

/** The citation-js entry point for our items, kept in one module so that the plugins are registered once. */
export function citeOf(items: readonly CslItem[]): Cite {
  // citation-js mutates and normalises what it is given; hand it copies.
  return new Cite(structuredClone(items) as object[]);
}
