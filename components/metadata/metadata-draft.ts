import type { ArticleRecord, MetadataOverrides } from '@/hooks/useMetadataCorrection';
import { daysInMonth, formatPartialDate, parsePartialDate } from '@/utils/extract/partial-date';
import type { MessageKey } from '@/utils/i18n';
import {
  authorDraftFromName,
  authorDraftProblem,
  authorNameFromDraft,
  isBlankAuthor,
  type AuthorDraft,
} from './author-draft';

/** The form's text, exactly as typed; nothing is parsed until the reader saves. */
export interface MetadataDraft {
  title: string;
  authors: AuthorDraft[];
  year: string;
  month: string;
  day: string;
  siteName: string;
}

export type EditedArticle = Pick<ArticleRecord, 'title' | 'authorNames' | 'published' | 'siteName'>;

/** A message and, where it has one, the substitution it needs ("Juni 2021 has only 30 days"). */
export interface DraftProblem {
  key: MessageKey;
  substitutions?: string[];
}

/** A problem in the reader's language, or null when there is none. */
export function problemText(
  t: (key: MessageKey, ...substitutions: string[]) => string,
  problem: DraftProblem | undefined,
): string | null {
  return problem ? t(problem.key, ...(problem.substitutions ?? [])) : null;
}

/** Problems by form control: 'title', 'year', 'month', 'day', 'siteName' or `author-<key>`. */
export type DraftErrors = Partial<Record<string, DraftProblem>>;

export type DraftResult = { ok: true; correction: MetadataOverrides } | { ok: false; errors: DraftErrors };

export function draftFromArticle(article: EditedArticle): MetadataDraft {
  const date = parsePartialDate(article.published);
  return {
    title: article.title,
    authors: article.authorNames.map(authorDraftFromName),
    year: date ? String(date.year) : '',
    month: date?.month !== undefined ? String(date.month) : '',
    day: date?.day !== undefined ? String(date.day) : '',
    siteName: article.siteName ?? '',
  };
}

/**
 * The correction the draft asks for: only the fields whose value differs from the article's, so saving an
 * untouched field does not pin it against better extractions later. Errors name the control they belong to.
 */
export function correctionFromDraft(draft: MetadataDraft, article: EditedArticle): DraftResult {
  const errors: DraftErrors = {};
  const title = clean(draft.title);
  if (!title) errors['title'] = { key: 'meta_errorTitleEmpty' };
  for (const author of draft.authors) {
    if (authorDraftProblem(author)) errors[`author-${author.key}`] = { key: 'meta_errorFamilyMissing' };
  }
  const date = dateFromDraft(draft);
  if (!date.ok) Object.assign(errors, date.errors);
  if (Object.keys(errors).length > 0 || !date.ok) return { ok: false, errors };

  const correction: MetadataOverrides = {};
  if (title !== article.title) correction.title = title;
  const authorNames = draft.authors.filter((author) => !isBlankAuthor(author)).map(authorNameFromDraft);
  if (JSON.stringify(authorNames) !== JSON.stringify(article.authorNames))
    correction.authorNames = authorNames;
  if (date.value !== article.published) correction.published = date.value;
  const siteName = clean(draft.siteName) || null;
  if (siteName !== article.siteName) correction.siteName = siteName;
  return { ok: true, correction };
}

type DateResult = { ok: true; value: string | null } | { ok: false; errors: DraftErrors };

/**
 * Year, month and day as typed, to a partial date. All three empty means "no date" (cited as "n.d."); a day
 * needs a month and a month needs a year, because a citation cannot show a day without its month.
 */
export function dateFromDraft(typed: Pick<MetadataDraft, 'year' | 'month' | 'day'>): DateResult {
  // A whole date still in the year field (saved with Enter before leaving it) counts as spread.
  const draft = { ...typed, ...(spreadPastedDate(typed.year) ?? {}) };
  const year = draft.year.trim();
  const month = draft.month.trim();
  const day = draft.day.trim();
  if (!year && !month && !day) return { ok: true, value: null };
  const errors: DraftErrors = {};
  if (!year) errors['year'] = { key: 'meta_errorYearMissing' };
  else if (!/^\d{4}$/.test(year)) errors['year'] = { key: 'meta_errorYear', substitutions: [year] };
  if (month && !(/^\d{1,2}$/.test(month) && Number(month) >= 1 && Number(month) <= 12)) {
    errors['month'] = { key: 'meta_errorMonth', substitutions: [month] };
  }
  if (day && !month) errors['day'] = { key: 'meta_errorDayWithoutMonth' };
  else if (day && !/^\d{1,2}$/.test(day)) errors['day'] = { key: 'meta_errorDay', substitutions: [day] };
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const parts = { year: Number(year), month: month ? Number(month) : undefined };
  const value = formatPartialDate(day ? { ...parts, day: Number(day) } : parts);
  if (parsePartialDate(value)) return { ok: true, value };
  // Only the day can be out of range here: the 31st of June, the 29th of February in a common year.
  const lastDay = daysInMonth(parts.year, Number(month));
  return {
    ok: false,
    errors: { day: { key: 'meta_errorDayOfMonth', substitutions: [day, String(lastDay)] } },
  };
}

/**
 * A date typed or pasted whole into the year field is spread over the three fields, so the usual notations work
 * too: ISO ("2021-06", "2021-06-09") and German ("06.2021", "9.6.2021"). Anything else stays where it was typed.
 */
export function spreadPastedDate(typed: string): Pick<MetadataDraft, 'year' | 'month' | 'day'> | null {
  const text = typed.trim();
  const iso = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text);
  if (iso) return { year: iso[1] ?? '', month: unpadded(iso[2]), day: unpadded(iso[3]) };
  const german = /^(?:(\d{1,2})\.)?(\d{1,2})[./](\d{4})$/.exec(text);
  if (german) return { year: german[3] ?? '', month: unpadded(german[2]), day: unpadded(german[1]) };
  return null;
}

const unpadded = (part: string | undefined) => (part === undefined ? '' : String(Number(part)));

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
