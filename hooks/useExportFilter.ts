import { loadMatchingArticleIds, type LibraryMatchRequest } from '@/utils/db';
import { useLiveQuery } from './useLiveQuery';

/** The library's filter and search as they stood when the person chose "export these". */
export type ExportFilter = LibraryMatchRequest;

/** Ids of every article the filter matches, in the library's order (not just the rows shown so far). */
export function useExportFilterIds(filter: ExportFilter | null): readonly string[] | null {
  const result = useLiveQuery(async () => (filter ? loadMatchingArticleIds(filter) : null), [filter]);
  return result.value ?? null;
}
