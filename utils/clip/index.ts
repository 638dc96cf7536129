export { clipTab, CLIP_TIMEOUT_MS, type ClipTabOptions } from './clip-tab';
export {
  CLIP_ERROR_CODES,
  clipResultSchema,
  type ClipError,
  type ClipErrorCode,
  type ClipResult,
} from './clip-result';
export { articleSchema } from './article-schema';
