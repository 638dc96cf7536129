import { useCallback } from 'preact/hooks';
import {
  DEFAULT_READER_FONT_SIZE,
  loadReaderFontSize,
  READER_FONT_SIZES,
  saveReaderFontSize,
  stepFontSize,
} from '@/utils/reader/reader-preferences';
import { useLiveQuery } from './useLiveQuery';

export interface ReaderPreferences {
  fontSize: number;
  canGrow: boolean;
  canShrink: boolean;
  /** +1 larger, −1 smaller; persisted for every article and every panel. */
  stepFontSize(direction: 1 | -1): Promise<void>;
}

export function useReaderPreferences(): ReaderPreferences {
  const fontSize = useLiveQuery(() => loadReaderFontSize(), []).value ?? DEFAULT_READER_FONT_SIZE;
  const step = useCallback(
    (direction: 1 | -1) => saveReaderFontSize(stepFontSize(fontSize, direction)),
    [fontSize],
  );
  return {
    fontSize,
    canGrow: fontSize < READER_FONT_SIZES[READER_FONT_SIZES.length - 1]!,
    canShrink: fontSize > READER_FONT_SIZES[0],
    stepFontSize: step,
  };
}
