import { exportBibtex } from './bibtex-export';
import type { ExportBundle } from './bundle';
import { exportCslJson } from './csl-json-export';
import { exportCsv } from './csv-export';
import type { ExportFile } from './export-file';
import type { ExportLocale } from './export-labels';
import { safeFileStem } from './file-names';
import { exportHtmlReadingList } from './html-reading-list';
import { exportJsonBackup } from './json-backup';
import { exportMarkdown } from './markdown-export';
import { exportRis } from './ris-export';
import { singleList } from './bundle';
import { exportWebAnnotations } from './web-annotation-export';

export const EXPORT_FORMATS = [
  'markdown',
  'html',
  'csv',
  'ris',
  'bibtex',
  'csl-json',
  'web-annotation',
  'json',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Language of headings, labels and the APA citation; the panel passes the UI language. */
  locale?: ExportLocale;
}

function bibliographyFile(
  bundle: ExportBundle,
  extension: string,
  mimeType: string,
  data: string,
): ExportFile {
  return {
    name: `${safeFileStem(singleList(bundle)?.name ?? '', 'Randnotiz')}.${extension}`,
    mimeType,
    data,
  };
}

/** The one entry point the side panel needs: a bundle and a format in, a file to download out. */
export function exportFormat(
  bundle: ExportBundle,
  format: ExportFormat,
  { locale = 'de' }: ExportOptions = {},
): ExportFile {
  switch (format) {
    case 'markdown':
      return exportMarkdown(bundle, { locale });
    case 'html':
      return exportHtmlReadingList(bundle, { locale });
    case 'csv':
      return exportCsv(bundle, { locale });
    case 'ris':
      return bibliographyFile(bundle, 'ris', 'application/x-research-info-systems', exportRis(bundle));
    case 'bibtex':
      return bibliographyFile(bundle, 'bib', 'application/x-bibtex', exportBibtex(bundle));
    case 'csl-json':
      return bibliographyFile(
        bundle,
        'csl.json',
        'application/vnd.citationstyles.csl+json',
        exportCslJson(bundle),
      );
    case 'web-annotation':
      return exportWebAnnotations(bundle);
    case 'json':
      return exportJsonBackup(bundle);
  }
}
