export { clipTab, type ClipTabOptions, type TabClipResult } from './clip-tab';
export { CLIP_TIMEOUT_MS, extractionTimeLimitMs } from './clip-time-limit';
export {
  CLIP_ERROR_CODES,
  clipResultSchema,
  type ClipError,
  type ClipErrorCode,
  type ClipResult,
} from './clip-result';
export { articleSchema } from './article-schema';
export type { TabAccess, TabAccessOptions } from './tab-access';
export {
  captureSelectionInTab,
  type SelectionCapture,
  type SelectionCaptureOptions,
} from './capture-selection-in-tab';
export { looksInert, textAsQuoteHtml } from './inert-html';
export type { CapturedSelection } from './selection-capture';
