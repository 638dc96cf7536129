import { type DateVote } from './source-vote';
import { type DateChoice } from './published-choice';
import { type VisibleDate } from './visible-candidates';
import { labelledModified } from './visible-text-dates';

/**
 * The modification date: structured data first (the first source that gives one, most trusted first), then a
 * visible "Aktualisiert am …" / "Letzte Änderung" line, then a "Stand" date later than the publication date.
 */
export function modifiedChoice(
  votes: DateVote[],
  visible: VisibleDate[],
  published: string | null,
): DateChoice | null {
  const first = votes.find((vote) => vote.day !== null);
  const shown = labelledModified(visible, published);
  if (first?.day) {
    const second = votes.find((vote) => vote !== first && vote.day === first.day);
    // The page may show it as "Aktualisiert …", "Stand …" or in an element styled as "updated".
    const visibly = visible.some(
      (date) =>
        date.day === first.day &&
        (date.label === 'modified' || date.label === 'as-of' || date.modifiedContainer),
    );
    const confirmed = visibly || second !== undefined;
    return {
      value: first.day,
      provenance: {
        source: first.source,
        confidence: confirmed ? 'high' : 'medium',
        reason: confirmed
          ? `${first.name}, confirmed by ${visibly ? 'the visible "updated" line' : second!.name}`
          : `${first.name} only`,
      },
    };
  }
  if (!shown) return null;
  return {
    value: shown,
    provenance: {
      source: 'date-line',
      confidence: 'medium',
      reason: 'a visible "updated" or "Stand" line; no structured date',
    },
  };
}
