import { useCallback, useState } from 'preact/hooks';
import type { ExportFile, ExportFormat, ExportLocale, ExportSelection } from '@/utils/export';
import { errorText } from '@/utils/messages/error-text';

export type { ExportFormat, ExportSelection } from '@/utils/export';

/** Where a running export is; the panel shows it as a progress bar with a label. */
export type ExportState =
  | { phase: 'idle' }
  | { phase: 'loading' | 'formatting' | 'saving'; step: number; steps: number }
  | { phase: 'done'; fileName: string; articleCount: number }
  | { phase: 'error'; message: string };

const STEPS = 3;

/** Hands the file to the browser's download handling, as a click on a link with `download` would. */
function download(file: ExportFile): void {
  const blob = new Blob([file.data as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its own reference by now; revoke later so slow disks still get the bytes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets the progress bar paint between the steps of an export that would otherwise block the page. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface Exporter {
  state: ExportState;
  run(selection: ExportSelection, format: ExportFormat, locale: ExportLocale): Promise<ExportState>;
}

/**
 * Exports and downloads. The export code is loaded on first use only (it brings citation-js and Turndown), so
 * the panel itself opens fast.
 */
export function useExport(): Exporter {
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const run = useCallback(async (selection: ExportSelection, format: ExportFormat, locale: ExportLocale) => {
    let result: ExportState;
    try {
      setState({ phase: 'loading', step: 1, steps: STEPS });
      const exporter = await import('@/utils/export');
      const bundle = await exporter.loadExportBundle(selection);
      setState({ phase: 'formatting', step: 2, steps: STEPS });
      await nextFrame();
      const file = exporter.exportFormat(bundle, format, { locale });
      setState({ phase: 'saving', step: 3, steps: STEPS });
      await nextFrame();
      download(file);
      result = { phase: 'done', fileName: file.name, articleCount: bundle.articles.length };
    } catch (error) {
      result = { phase: 'error', message: errorText(error) };
    }
    setState(result);
    return result;
  }, []);
  return { state, run };
}
