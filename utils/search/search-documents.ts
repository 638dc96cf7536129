/**
 * The parts of an article, its body and its annotations that the index reads. Declared here, structurally, so that
 * this pure domain does not depend on the database layer (utils/db passes its records, which have these fields).
 */
interface IndexedArticle {
  id: string;
  title: string;
  authors: readonly string[];
  tags: readonly string[];
  pageNote: string;
}
interface IndexedBody {
  text: string;
}
interface IndexedAnnotation {
  note: string;
}

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
  article: IndexedArticle,
  body: IndexedBody | undefined,
  annotations: readonly IndexedAnnotation[],
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
