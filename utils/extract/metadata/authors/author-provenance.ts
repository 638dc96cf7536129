/**
 * How sure we are of the authors we picked: a name that a declared source (JSON-LD, meta tag) and the visible page
 * (byline, microdata) both give is certain; one strong source alone is likely; a bio box, a signature, a dateline
 * or an organisation standing in for a missing person are guesses, and so are sources that disagree.
 */
import type { Confidence, FieldProvenance, MetadataSource } from '../../types';
import { compact } from '../title/site-suffix';

/** Names one source gave, with how it is called in a reason ("JSON-LD author", "the visible byline"). */
export interface SourcedNames {
  names: string[];
  source: MetadataSource;
  what: string;
}

const STRONG: ReadonlySet<MetadataSource> = new Set(['json-ld', 'microdata', 'byline', 'meta-tag']);
/** Sources written for machines; the others are what a reader sees. */
const DECLARED: ReadonlySet<MetadataSource> = new Set(['json-ld', 'meta-tag']);

function shareAName(a: readonly string[], b: readonly string[]): boolean {
  const keys = new Set(a.map(compact));
  return b.some((name) => keys.has(compact(name)));
}

/** Provenance of people found by `winner`, judged against what the other sources said. */
export function peopleProvenance(winner: SourcedNames, others: readonly SourcedNames[]): FieldProvenance {
  const rest = others.filter((other) => other.source !== winner.source && other.names.length);
  const agreeing = rest.filter((other) => shareAName(winner.names, other.names));
  // Declared for machines and shown to readers: both the page's code and its text say so.
  const confirming = agreeing.find((other) => DECLARED.has(other.source) !== DECLARED.has(winner.source));
  if (confirming && STRONG.has(winner.source))
    return provenance(winner.source, 'high', `${winner.what} agrees with ${confirming.what}`);
  const disagreeing = rest.filter(
    (other) => STRONG.has(other.source) && !shareAName(winner.names, other.names),
  );
  // The author meta tag is often the site's default account; against a visible byline it is no real conflict.
  const conflict = disagreeing.find((other) => other.source !== 'meta-tag' || DECLARED.has(winner.source));
  if (conflict) return provenance(winner.source, 'low', `${winner.what} differs from ${conflict.what}`);
  if (disagreeing[0] && STRONG.has(winner.source))
    return provenance(
      winner.source,
      'medium',
      `${winner.what}, though ${disagreeing[0].what} names someone else`,
    );
  if (agreeing[0])
    return provenance(winner.source, 'medium', `${winner.what} agrees with ${agreeing[0].what}`);
  if (STRONG.has(winner.source))
    return provenance(winner.source, 'medium', `only ${winner.what} names the author`);
  return provenance(winner.source, 'low', `found only in ${winner.what}`);
}

export function organisationProvenance(from: SourcedNames): FieldProvenance {
  return provenance(from.source, 'low', `no person is named; ${from.what} names an organisation`);
}

export const NO_AUTHOR: FieldProvenance = provenance('none', 'low', 'the page names no author');

function provenance(source: MetadataSource, confidence: Confidence, reason: string): FieldProvenance {
  return { source, confidence, reason };
}
