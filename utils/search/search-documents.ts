import type { AnnotationRecord, ArticleBodyRecord, ArticleRecord } from '../db/records';

/** What the full-text index sees of one article: the fields a person searches, nothing else. */
export interface SearchDocument {
  id: string;
  title: string;
  authors: string;
  tags: string;
  text: string;
  pageNote: string;
  highlightNotes: string;
}

export const SEARCH_FIELDS = [
  'title',
  'authors',
  'tags',
  'text',
  'pageNote',
  'highlightNotes',
] as const satisfies readonly (keyof SearchDocument)[];

export function searchDocumentFor(
  article: ArticleRecord,
  body: ArticleBodyRecord | undefined,
  annotations: readonly AnnotationRecord[],
): SearchDocument {
  return {
    id: article.id,
    title: article.title,
    authors: article.authors.join('\n'),
    tags: article.tags.join('\n'),
    // Articles imported but not yet loaded have no body; their title and notes are still searchable.
    text: body?.text ?? '',
    pageNote: article.pageNote,
    highlightNotes: annotations
      .map((annotation) => annotation.note)
      .filter((note) => note !== '')
      .join('\n'),
  };
}
