export { clipAndStore, type ClipFlowOptions, type ClipRequest } from './clip-and-store';
export {
  CLIP_FLOW_ERROR_CODES,
  clipFlowOutcomeSchema,
  type ClipFailed,
  type ClipFlowErrorCode,
  type ClipFlowOutcome,
  type ClipKind,
  type ClipSaved,
  type ClipTrigger,
} from './clip-outcome';
export {
  CLIP_STATUS_KEY_PREFIX,
  clipStatusKey,
  forgetClipStatus,
  parseClipStatus,
  type ClipStatus,
} from './clip-feedback';
export {
  localise,
  textForOutcome,
  WORKING_TEXT,
  type LocalisedText,
  type MessageKey,
  type MessageLookup,
} from './clip-texts';
export {
  COMMAND_SAVE_PAGE,
  createClipMenus,
  MENU_SAVE_PAGE,
  MENU_SAVE_SELECTION,
  registerClipTriggers,
} from './clip-triggers';
export { OPTIONAL_HOST_ORIGINS } from './host-access';
