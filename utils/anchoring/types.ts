/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors), shaped exactly like the
 * JSON-LD so exports can copy them as they are. Offsets count UTF-16 code units of the stored plain text.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** How a highlight was found again: tells the UI how much to trust it. */
export type AnchorMethod = 'exact' | 'position' | 'fuzzy';

export interface TextAnchor {
  start: number;
  end: number;
  method: AnchorMethod;
}
