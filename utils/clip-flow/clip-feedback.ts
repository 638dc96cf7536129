import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  CLIP_KINDS,
  CLIP_TRIGGERS,
  clipFlowOutcomeSchema,
  listTargetSchema,
  type ClipFlowOutcome,
  type ClipKind,
  type ClipTrigger,
  type ListTarget,
} from './clip-outcome';
import { localise, textForOutcome, WORKING_TEXT, type LocalisedText } from './clip-texts';

/**
 * The last clip of each tab, in `storage.session` (memory only, gone with the browser session). The panel reads
 * it when it opens and follows its changes, so a clip started from the toolbar, shortcut or context menu is
 * reported even when the panel was still loading when the clip finished.
 */
export const CLIP_STATUS_KEY_PREFIX = 'clipStatus:';

export function clipStatusKey(tabId: number): string {
  return `${CLIP_STATUS_KEY_PREFIX}${tabId}`;
}

const base = {
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  kind: v.picklist(CLIP_KINDS),
  trigger: v.picklist(CLIP_TRIGGERS),
  fullPage: v.boolean(),
  /** Kept so "save anyway" still puts the page on the list the reader chose. */
  addToList: v.optional(listTargetSchema),
  at: v.number(),
};

export const clipStatusSchema = v.variant('state', [
  v.object({ ...base, state: v.literal('working') }),
  v.object({ ...base, state: v.literal('done'), outcome: clipFlowOutcomeSchema }),
]);

export type ClipStatus = v.InferOutput<typeof clipStatusSchema>;

interface StatusSource {
  tabId: number;
  kind: ClipKind;
  trigger: ClipTrigger;
  fullPage?: boolean;
  addToList?: ListTarget;
}

/** Badge per outcome: the text differs too, so colour is never the only signal. */
const BADGES = {
  working: { text: '…', colour: '#5f6368' },
  saved: { text: '✓', colour: '#1e6b34' },
  notAnArticle: { text: '?', colour: '#8a4b00' },
  failed: { text: '!', colour: '#b3261e' },
} as const;

export async function reportClipStarted(source: StatusSource): Promise<void> {
  const status: ClipStatus = { ...statusBase(source), state: 'working' };
  await Promise.all([writeStatus(status), showOnToolbar(source.tabId, BADGES.working, WORKING_TEXT)]);
}

export async function reportClipFinished(source: StatusSource, outcome: ClipFlowOutcome): Promise<void> {
  const status: ClipStatus = { ...statusBase(source), state: 'done', outcome };
  const badge = outcome.ok
    ? BADGES.saved
    : outcome.error.code === 'not-an-article'
      ? BADGES.notAnArticle
      : BADGES.failed;
  await Promise.all([writeStatus(status), showOnToolbar(source.tabId, badge, textForOutcome(outcome))]);
}

/** Reads a tab's last clip status; anything that does not match the schema counts as none. */
export function parseClipStatus(raw: unknown): ClipStatus | null {
  const parsed = v.safeParse(clipStatusSchema, raw);
  return parsed.success ? parsed.output : null;
}

export async function forgetClipStatus(tabId: number): Promise<void> {
  await guard('forget clip status', () => browser.storage.session.remove(clipStatusKey(tabId)));
}

function statusBase(source: StatusSource) {
  return {
    tabId: source.tabId,
    kind: source.kind,
    trigger: source.trigger,
    fullPage: source.fullPage === true,
    ...(source.addToList ? { addToList: source.addToList } : {}),
    at: Date.now(),
  };
}

async function writeStatus(status: ClipStatus): Promise<void> {
  await guard('record clip status', () =>
    browser.storage.session.set({ [clipStatusKey(status.tabId)]: status }),
  );
}

/** Firefox MV2 names the toolbar button `browserAction`. */
export function toolbarButton() {
  return browser.action ?? browser.browserAction;
}

async function showOnToolbar(
  tabId: number,
  badge: { text: string; colour: string },
  text: LocalisedText,
): Promise<void> {
  const button = toolbarButton();
  const title = `Randnotiz – ${localise((key, subs) => browser.i18n.getMessage(key, subs), text)}`;
  await guard('update the toolbar badge', () =>
    Promise.all([
      button.setBadgeText({ tabId, text: badge.text }),
      button.setBadgeBackgroundColor({ tabId, color: badge.colour }),
      button.setTitle({ tabId, title }),
    ]),
  );
}

/**
 * Feedback must never turn a stored clip into a failure (the tab may have closed meanwhile), so its own
 * failures are logged, and the outcome still reaches the caller.
 */
async function guard(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    console.warn(`Randnotiz could not ${what}:`, error);
  }
}
