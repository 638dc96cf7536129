import { useCallback, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  localise,
  OPTIONAL_HOST_ORIGINS,
  textForOutcome,
  WORKING_TEXT,
  type ClipFlowOutcome,
  type ListTarget,
  type LocalisedText,
  type MessageLookup,
} from '@/utils/clip-flow';
import { sendMessage, type ProtocolFailure } from '@/utils/messages';
import { useClipLibraryEntry, type ClipLibraryEntry } from './useClipLibraryEntry';
import { useClipSessionStatus } from './useClipSessionStatus';
import { useCurrentTab } from './useCurrentTab';
import { useI18n, type I18n } from './useI18n';

export type ClipTone = 'progress' | 'success' | 'error';

export interface ClipAnnouncement {
  text: string;
  tone: ClipTone;
}

export interface ClipSectionState {
  /** False until the panel knows which tab it acts on (or when there is none). */
  hasTab: boolean;
  library: ClipLibraryEntry;
  /** "Already in your library – saved on …", "Not in your library yet", or null when Randnotiz cannot tell. */
  libraryText: string | null;
  busy: boolean;
  /** For the live region: progress, the saved title, or what went wrong and what to do. */
  announcement: ClipAnnouncement | null;
  offerSaveAnyway: boolean;
  /** The clip needs host access the reader can grant; `accessExplanation` says why and what it means. */
  offerAccess: boolean;
  accessExplanation: string;
  labels: Record<'heading' | 'save' | 'saveAgain' | 'saveSelection' | 'saveAnyway' | 'allowAccess', string>;
  save(): void;
  saveAnyway(): void;
  saveSelection(): void;
  /** Must be called straight from the click: browsers ask for permissions only during a user gesture. */
  allowAccessAndSave(): void;
}

interface LocalNotice {
  text: LocalisedText;
  tone: ClipTone;
}

/**
 * Everything the panel's clip section shows and does for the current tab. Saves go to the background through
 * the same clip flow as the toolbar button; results of any trigger arrive through the tab's session status.
 */
export function useClipStatus(): ClipSectionState {
  const i18n = useI18n();
  const t: MessageLookup = (key, substitutions = []) => i18n.t(key, ...substitutions);
  const tab = useCurrentTab();
  const tabId = tab?.id ?? null;
  const status = useClipSessionStatus(tabId);
  const outcome = status?.state === 'done' ? status.outcome : null;
  const library = useClipLibraryEntry(tab?.url, outcome?.ok ? outcome.articleId : null);
  const [sending, setSending] = useState(false);
  const [notice, setNotice] = useState<LocalNotice | null>(null);

  const run = useCallback(async (send: () => Promise<ClipFlowOutcome | ProtocolFailure>) => {
    setNotice(null);
    setSending(true);
    const answer = await send();
    setSending(false);
    // Clip outcomes arrive through the session status; only a message that never got through is reported here.
    if (!answer.ok && !('kind' in answer))
      setNotice({ text: { key: 'clip_error_notDelivered' }, tone: 'error' });
  }, []);

  const save = useCallback(
    (fullPage = false, addToList?: ListTarget) => {
      if (tabId !== null) void run(() => sendMessage('clip/saveTab', { tabId, fullPage, addToList }));
    },
    [tabId, run],
  );

  const saveSelection = useCallback(() => {
    if (tabId !== null) void run(() => sendMessage('clip/saveSelection', { tabId }));
  }, [tabId, run]);

  const allowAccessAndSave = useCallback(() => {
    // No await before this call: the click's user gesture must still be active.
    void browser.permissions.request({ origins: OPTIONAL_HOST_ORIGINS }).then(
      (granted) => {
        if (granted) save();
        else setNotice({ text: { key: 'clip_grantAccessDeclined' }, tone: 'error' });
      },
      () => setNotice({ text: { key: 'clip_grantAccessDeclined' }, tone: 'error' }),
    );
  }, [save]);

  const busy = sending || status?.state === 'working';
  return useMemo(
    () => ({
      hasTab: tabId !== null,
      library,
      libraryText: libraryText(library, i18n),
      busy,
      announcement: announce(t, notice, busy, outcome),
      offerSaveAnyway:
        !busy &&
        outcome?.ok === false &&
        outcome.error.code === 'not-an-article' &&
        status?.fullPage === false,
      offerAccess: !busy && outcome?.ok === false && outcome.error.code === 'no-permission',
      accessExplanation: t('clip_grantAccessExplanation'),
      labels: {
        heading: t('clip_sectionHeading'),
        save: t('clip_saveButton'),
        saveAgain: t('clip_saveAgainButton'),
        saveSelection: t('clip_saveSelectionButton'),
        saveAnyway: t('clip_saveAnywayButton'),
        allowAccess: t('clip_grantAccessButton'),
      },
      save: () => save(false),
      // "Save anyway" after "Add to reading list" found no article still puts the page on that list.
      saveAnyway: () => save(true, status?.addToList),
      saveSelection,
      allowAccessAndSave,
    }),
    [tabId, library, busy, notice, outcome, status, save, saveSelection, allowAccessAndSave],
  );
}

function announce(
  t: MessageLookup,
  notice: LocalNotice | null,
  busy: boolean,
  outcome: ClipFlowOutcome | null,
): ClipAnnouncement | null {
  if (busy) return { text: localise(t, WORKING_TEXT), tone: 'progress' };
  if (notice) return { text: localise(t, notice.text), tone: notice.tone };
  if (!outcome) return null;
  return { text: localise(t, textForOutcome(outcome)), tone: outcome.ok ? 'success' : 'error' };
}

function libraryText(library: ClipLibraryEntry, { t, formatInstant }: I18n): string | null {
  if (library.state === 'unknown') return null;
  if (library.state === 'absent') return t('clip_notInLibrary');
  const { article } = library;
  if (article.loadState === 'pending') return t('clip_inLibraryPending');
  const saved = formatInstant(article.clippedAt);
  const updated = formatInstant(article.updatedAt);
  return saved === updated ? t('clip_inLibrary', saved) : t('clip_inLibraryUpdated', saved, updated);
}
