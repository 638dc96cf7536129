/** The "how" section of docs/benchmarks.md: what each figure means, so a reader can trust or question it. */
export const METHOD_NOTES = `## How the figures are computed

- **Same pages, same run, same document.** Each page is read and parsed by jsdom once (untimed, with
  browser-like charset decoding); then both tools run on that document, alternating which goes first from page
  to page, after a warm-up on a few pages. Only the extraction call is timed: our \`extractArticle\` (clone,
  clutter removal, Readability, metadata, DOMPurify, plain text) against bare Readability's
  \`new Readability(document.cloneNode(true)).parse()\`. Pages run on a pool of worker processes (one per core);
  times are per page inside each worker, so the ratio is fair even on a busy machine, while absolute
  milliseconds depend on the load average printed above.
- **Readability's answers**: title, \`byline\` as author, the first 10 characters of \`publishedTime\` as date,
  its \`lang\` or else the page's \`<html lang>\`, \`siteName\`; its text is its content HTML run through the same
  plain-text derivation as ours (\`utils/extract/plain-text.ts\`), one block per paragraph.
- **Metadata**: exact match after collapsing whitespace, lower-casing (and Unicode NFC); authors are split on
  \`, ; & |\`, "und", "and" and compared as sets; dates count when they name the same day (a missing answer is
  wrong); language by primary subtag. In the corpora a \`null\` ground truth means "not annotated" and the page is
  left out of that field; in the fixtures \`null\` means "the page has none" and only an empty answer is right.
- **Snippets** (trafilatura's \`tests/eval_common.py\`): whitespace-normalised, case-sensitive substring search;
  each must-include found is a TP, each one missing a FN, each must-not-include found a FP; counts pooled over
  all pages. A failed extraction finds nothing.
- **Shingles** (scrapinghub's \`evaluate.py\`): Python-\`\\w+\` tokens, multisets of 4-word shingles, per-page
  TP/FP/FN normalised to sum 1; precision = mean over pages with output, recall = mean over pages with ground
  truth, F1 = harmonic mean of the two means (upstream's definition, so 0.947 for Readability compares).
- **Speed**: p50 / p95 by linear interpolation. "Pages over 2 s" is a speed figure only: extraction has no
  time limit; its work is bounded by a step budget in proportion to the page's size (\`utils/extract/deadline.ts\`),
  so the answers never depend on the machine's load (\`npm run check:determinism\` checks this byte for byte).
- **Tune and check half**: every page belongs to the half of its site (FNV-1a hash of the host without "www.";
  pages without an address count as their own site). Rules are developed by looking at tune pages only; the
  check half stands in for the held-out pages, so its figure is the one to trust. \`--half tune|check\` runs one.
- **Which rules moved which half**: a written run stores its per-page answers, with each value's provenance and
  the snippets found, in \`docs/bench-extract-baseline.jsonl\`; the next run counts, per half and field, the
  pages that went from wrong to right (gained) or right to wrong (lost), grouped by the provenance
  (source · reason) of the new value. Partial runs compare the pages they ran.
- **Dates by precision**: a month or a year answer (\`2021-06\`, \`2021\`) is never the labelled day and counts
  as wrong in the headline; the precision table scores day answers on their own and counts the rest.
- Pages shared by trafilatura-eval and htmldate-eval are extracted once and scored in both.
- \`tests/unit/corpus-regression.test.ts\` computes the headline figures for our pipeline with the same modules
  and fails when one drops below its ratchet; raise the ratchets when these figures go up.`;
