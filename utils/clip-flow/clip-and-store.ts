import { captureSelectionInTab, clipTab, textAsQuoteHtml, type TabClipResult } from '../clip';
import {
  addSelectionQuote,
  asStorageResult,
  findByUrl,
  getDb,
  saveClippedArticle,
  type RandnotizDb,
} from '../db';
import type { Article } from '../extract';
import {
  clipFailed,
  clipSaved,
  clipStorageFailure,
  type ClipFailed,
  type ClipFlowOutcome,
  type ClipKind,
  type ClipTrigger,
  type ListTarget,
} from './clip-outcome';
import { reportClipFinished, reportClipStarted } from './clip-feedback';
import { clipOntoList } from './clip-onto-list';
import { tabUrl } from './tab-url';
import { errorText } from '../messages/error-text';

export interface ClipRequest {
  tabId: number;
  kind: ClipKind;
  trigger: ClipTrigger;
  /** "Save anyway": keep the whole cleaned page of something that is not an article. */
  fullPage?: boolean;
  /** Context menu only: the frame holding the selection, and the browser's plain-text copy of it as a fallback. */
  frameId?: number;
  selectionText?: string;
  /** Page clips only, "add to reading list": put the page on this list, clipping it only if the library lacks it. */
  addToList?: ListTarget;
}

export interface ClipFlowOptions {
  db?: RandnotizDb;
  timeoutMs?: number;
}

/**
 * One clip per tab, kind and list at a time: a double click or a shortcut pressed twice joins the running clip;
 * "add to reading list" during a plain clip runs on its own, so the list is not lost.
 */
const running = new Map<string, Promise<ClipFlowOutcome>>();

/**
 * The one function every clip trigger calls (toolbar, shortcut, context menu, panel button). Runs in the
 * background, which owns the database: extract in the tab, store in one transaction, report on the badge and in
 * session storage for the panel. Never throws; every failure is a coded outcome, and nothing partial is stored.
 */
export function clipAndStore(request: ClipRequest, options: ClipFlowOptions = {}): Promise<ClipFlowOutcome> {
  const list = JSON.stringify(request.addToList ?? null);
  const key = `${request.tabId}:${request.kind}:${request.fullPage === true}:${list}`;
  const pending = running.get(key);
  if (pending) return pending;
  const work = runClip(request, options).finally(() => running.delete(key));
  running.set(key, work);
  return work;
}

async function runClip(request: ClipRequest, options: ClipFlowOptions): Promise<ClipFlowOutcome> {
  await reportClipStarted(request);
  let outcome: ClipFlowOutcome;
  try {
    if (request.kind === 'selection') outcome = await clipSelection(request, options);
    else if (request.addToList === undefined) outcome = await clipPage(request, options);
    else {
      const clip = () => clipPage(request, options);
      outcome = await clipOntoList(request.tabId, request.addToList, clip, options.db ?? getDb());
    }
  } catch (error) {
    // Every step answers with values; this is the last guard so the reader is never left without an answer.
    outcome = clipFailed(request.kind, 'script-failed', errorText(error));
  }
  await reportClipFinished(request, outcome);
  return outcome;
}

async function clipPage(request: ClipRequest, options: ClipFlowOptions): Promise<ClipFlowOutcome> {
  const extracted = await extract(request, options);
  if (!extracted.ok) return extracted;
  const unusable = unusableArticle(extracted.article, request.fullPage === true);
  if (unusable) return unusable;
  const { pageUrl } = extracted;
  if (pageUrl === undefined) return clipFailed('page', 'no-permission', 'The tab’s address is hidden');
  const db = options.db ?? getDb();
  const stored = await asStorageResult(() => saveClippedArticle(extracted.article, { pageUrl }, db));
  if (!stored.ok) return clipStorageFailure('page', stored);
  const { article, created, annotations } = stored.value;
  return clipSaved('page', article.id, article.title, created, annotations);
}

/**
 * Saves the selection as a quote. The article is extracted only when it is not in the library yet; if that
 * fails, the quote is still kept, on an entry that a later clip fills in, because losing it would be worse.
 */
async function clipSelection(request: ClipRequest, options: ClipFlowOptions): Promise<ClipFlowOutcome> {
  const activeTabGranted = request.trigger !== 'panel';
  const capture = await captureSelectionInTab(request.tabId, {
    frameId: request.frameId,
    activeTabGranted,
    timeoutMs: options.timeoutMs,
  });
  const fallbackHtml = request.selectionText ? textAsQuoteHtml(request.selectionText) : '';
  if (!capture.ok && fallbackHtml === '') return { ...capture, kind: 'selection' };
  const html = capture.ok ? (capture.selection?.html ?? fallbackHtml) : fallbackHtml;
  if (html === '') return clipFailed('selection', 'selection-empty', 'Nothing is selected');
  const pageUrl = (capture.ok ? capture.url : undefined) ?? (await tabUrl(request.tabId));
  if (pageUrl === undefined) return clipFailed('selection', 'no-permission', 'The tab’s address is hidden');

  const db = options.db ?? getDb();
  const known = await asStorageResult(() => findByUrl(pageUrl, db));
  if (!known.ok) return clipStorageFailure('selection', known);
  let article: Article | null = null;
  if (known.value?.loadState !== 'loaded') {
    const extracted = await extract({ ...request, fullPage: false }, options);
    if (extracted.ok && extracted.article.readerable) article = extracted.article;
  }
  const stored = await asStorageResult(() => addSelectionQuote(pageUrl, article, html, db));
  if (!stored.ok) return clipStorageFailure('selection', stored);
  return clipSaved('selection', stored.value.id, stored.value.title, known.value === null, undefined);
}

async function extract(
  request: ClipRequest,
  options: ClipFlowOptions,
): Promise<(TabClipResult & { ok: true }) | ClipFailed> {
  const result = await clipTab(request.tabId, {
    fullPage: request.fullPage,
    activeTabGranted: request.trigger !== 'panel',
    timeoutMs: options.timeoutMs,
  });
  return result.ok ? result : { ...result, kind: request.kind };
}

/** A page that is no article is data, not an error, until the reader asks to save it anyway. */
function unusableArticle(article: Article, fullPage: boolean): ClipFailed | null {
  if (article.reason === 'timeout') {
    return clipFailed(
      'page',
      'extraction-limit',
      'Extraction stopped at its work budget (counted in steps for the page’s size, not in time)',
    );
  }
  if (article.reason === 'error') return clipFailed('page', 'script-failed', 'Extraction failed in the page');
  if (fullPage && article.text.trim() === '') {
    return clipFailed('page', 'not-an-article', 'The page has no text to keep');
  }
  if (!fullPage && !article.readerable) {
    return clipFailed('page', 'not-an-article', `The page reads as ${article.reason}, not as an article`);
  }
  return null;
}
