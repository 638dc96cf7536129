import type { HighlightColour } from '@/hooks/useReaderArticle';

export interface HighlightSwatchProps {
  colour: HighlightColour;
}

/** A sample of a highlight colour with its underline style (set per colour in highlights.css); decoration only. */
export function HighlightSwatch({ colour }: HighlightSwatchProps) {
  return (
    <span class={`rn-swatch rn-mark--${colour}`} aria-hidden="true">
      Ab
    </span>
  );
}
