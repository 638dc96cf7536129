/**
 * Quotes shorter than this (a word or two) occur by chance elsewhere in a long text, so wherever they are found
 * again their surroundings must agree too; otherwise the highlight is orphaned rather than moved to a stranger.
 */
export const SHORT_QUOTE_LENGTH = 32;
