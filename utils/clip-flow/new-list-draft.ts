import * as v from 'valibot';
import { browser } from 'wxt/browser';

/**
 * "New reading list …" from the context menu: the background clips the page, then leaves this note in
 * `storage.session` (memory only). The panel follows it, opens the lists view and asks for the new list's name;
 * creating the list puts the article on it and removes the note. One note at a time: the latest click wins.
 */
export const NEW_LIST_DRAFT_KEY = 'newListDraft';

/** How long a note makes a panel that opens switch to the lists view; later it only waits in the form. */
export const NEW_LIST_DRAFT_FRESH_MS = 60_000;

const newListDraftSchema = v.object({
  articleId: v.pipe(v.string(), v.minLength(1)),
  title: v.string(),
  at: v.number(),
});

export type NewListDraft = v.InferOutput<typeof newListDraftSchema>;

export async function offerNewList(article: { articleId: string; title: string }): Promise<void> {
  const draft: NewListDraft = { articleId: article.articleId, title: article.title, at: Date.now() };
  try {
    await browser.storage.session.set({ [NEW_LIST_DRAFT_KEY]: draft });
  } catch (error) {
    // The article is stored either way; only the shortcut into the lists view is lost.
    console.warn('Randnotiz could not leave the new-list note for the panel:', error);
  }
}

/** Anything that does not match the schema counts as no note. */
export function parseNewListDraft(raw: unknown): NewListDraft | null {
  const parsed = v.safeParse(newListDraftSchema, raw);
  return parsed.success ? parsed.output : null;
}
