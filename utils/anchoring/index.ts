export { anchor } from './anchor';
export { describeRange, CONTEXT_LENGTH } from './describe-range';
export type {
  AnchorMethod,
  TextAnchor,
  TextPositionSelector,
  TextQuoteSelector,
  TextSelectors,
} from './types';
