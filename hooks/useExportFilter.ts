import { getDb } from '@/utils/db';
import { loadLibraryPage, type LibraryPageRequest } from '@/utils/library';
import { useLiveQuery } from './useLiveQuery';

/** The library's filter and search as they stood when the person chose "export these". */
export type ExportFilter = Omit<LibraryPageRequest, 'limit'>;

/** Ids of every article the filter matches, in the library's order (not just the rows shown so far). */
export function useExportFilterIds(filter: ExportFilter | null): readonly string[] | null {
  const result = useLiveQuery(
    async () =>
      filter
        ? (await loadLibraryPage(getDb(), { ...filter, limit: Number.MAX_SAFE_INTEGER })).rows.map(
            (row) => row.article.id,
          )
        : null,
    [filter],
  );
  return result.value ?? null;
}
