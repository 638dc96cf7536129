export { clipAndStore, type ClipFlowOptions, type ClipRequest } from './clip-and-store';
export {
  CLIP_FLOW_ERROR_CODES,
  clipFlowOutcomeSchema,
  listTargetSchema,
  type ClipFailed,
  type ClipFlowErrorCode,
  type ClipFlowOutcome,
  type ClipKind,
  type ClipListPlacement,
  type ClipSaved,
  type ClipTrigger,
  type ListTarget,
} from './clip-outcome';
export { clipStatusKey, forgetClipStatus, parseClipStatus, type ClipStatus } from './clip-feedback';
export { localise, textForOutcome, WORKING_TEXT, type LocalisedText, type MessageLookup } from './clip-texts';
export {
  listOfMenuItem,
  MENU_ADD_TO_LIST,
  MENU_NEW_LIST,
  MENU_SAVE_PAGE,
  MENU_SAVE_SELECTION,
  menuItemOfList,
  menuLabel,
  planContextMenus,
  type MenuEntry,
  type ReadingListChoice,
} from './context-menu-plan';
export {
  readingListChoices,
  rebuildContextMenus,
  rebuildContextMenusForPanel,
  type LoadReadingLists,
  type MenuRebuildResult,
} from './context-menus';
export { COMMAND_SAVE_PAGE, registerClipTriggers } from './clip-triggers';
export { OPTIONAL_HOST_ORIGINS } from './host-access';
export {
  NEW_LIST_DRAFT_FRESH_MS,
  NEW_LIST_DRAFT_KEY,
  parseNewListDraft,
  type NewListDraft,
} from './new-list-draft';
