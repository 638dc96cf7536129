import {
  addArticleToList,
  asStorageResult,
  findByUrl,
  getReadingList,
  listIdsOfArticle,
  type ArticleRecord,
  type RandnotizDb,
  type ReadingListRecord,
} from '../db';
import {
  clipFailed,
  clipSaved,
  clipStorageFailure,
  type ClipFlowOutcome,
  type ListTarget,
} from './clip-outcome';
import { offerNewList } from './new-list-draft';
import { tabUrl } from './tab-url';

/**
 * "Add to reading list" from the context menu. An existing list must still exist (the menu may be older than a
 * delete), else nothing is stored. A page the library already holds with its text is not extracted again —
 * that would only risk a failure for nothing; any other page goes through `clip`, the ordinary page clip. Then
 * the article is put on the list in one transaction of the repository, or, for a new list, the panel is asked
 * for its name.
 */
export async function clipOntoList(
  tabId: number,
  target: ListTarget,
  clip: () => Promise<ClipFlowOutcome>,
  db: RandnotizDb,
): Promise<ClipFlowOutcome> {
  let list: ReadingListRecord | null = null;
  if ('listId' in target) {
    const found = await asStorageResult(() => getReadingList(target.listId, db));
    if (!found.ok) return clipStorageFailure('page', found);
    if (!found.value) return clipFailed('page', 'list-not-found', `No reading list ${target.listId}`);
    list = found.value;
  }

  const known = await loadedArticleOf(tabId, db);
  const outcome = known ? clipSaved('page', known.id, known.title, false, undefined) : await clip();
  if (!outcome.ok) return outcome;
  if (!list) {
    await offerNewList(outcome);
    return { ...outcome, awaitsNewList: true };
  }

  const listId = list.id;
  const placed = await asStorageResult(async () => {
    const alreadyOn = (await listIdsOfArticle(outcome.articleId, db)).includes(listId);
    await addArticleToList(listId, outcome.articleId, db);
    return alreadyOn;
  });
  if (!placed.ok) {
    if (placed.error.kind === 'not-found') return clipFailed('page', 'list-not-found', placed.error.message);
    return clipStorageFailure('page', placed);
  }
  return { ...outcome, list: { id: list.id, name: list.name, alreadyOn: placed.value } };
}

/** The tab's page if the library holds it with its text; anything unclear is left to the clip to explain. */
async function loadedArticleOf(tabId: number, db: RandnotizDb): Promise<ArticleRecord | null> {
  const url = await tabUrl(tabId);
  if (url === undefined) return null;
  const known = await asStorageResult(() => findByUrl(url, db));
  return known.ok && known.value?.loadState === 'loaded' ? known.value : null;
}
