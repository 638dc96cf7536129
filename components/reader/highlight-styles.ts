import type { HighlightColour } from '@/hooks/useReaderArticle';
import type { MessageKey } from '@/utils/i18n';

/** Message keys of the colours' names ("Gelb", "Yellow"). */
export const HIGHLIGHT_NAME_KEYS: Record<HighlightColour, MessageKey> = {
  yellow: 'annot_colour_yellow',
  green: 'annot_colour_green',
  blue: 'annot_colour_blue',
  pink: 'annot_colour_pink',
  orange: 'annot_colour_orange',
};

export function markClass(colour: HighlightColour): string {
  return `rn-mark rn-mark--${colour}`;
}

/** Ids that tie a highlight's marks, its description and its list entry together. */
export const highlightDomId = (id: string) => `rn-hl-${id}`;
export const highlightDescriptionId = (id: string) => `rn-hl-desc-${id}`;
