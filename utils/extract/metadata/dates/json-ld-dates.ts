import { ldTypes, type LdNode } from '../json-ld';
import { type CalendarDay } from './calendar-day';
import { parseMachineDate, type MachineReading } from './machine-date';

export interface LdDates {
  published: CalendarDay | null;
  modified: CalendarDay | null;
}

// Types whose dates describe something other than the page's text: events, offers, people, the site itself.
const FOREIGN_TYPES =
  /^(Event|Offer|Person|Organization|WebSite|Comment|Product|JobPosting|Place|BreadcrumbList|ImageObject|Rating|Review)$/i;
// HowTo and Recipe pages are articles in all but name: their node's date is the page's.
const ARTICLE_LIKE = /Article|BlogPosting|Posting|Report|CreativeWork|Story|Recipe|HowTo/i;

/**
 * Dates from JSON-LD: the main node first; when it has none, the first article-like node, then a WebPage node.
 * A VideoObject's uploadDate counts only on pages that are about the video.
 */
export function jsonLdDates(main: LdNode | undefined, all: LdNode[], reading: MachineReading): LdDates {
  const ordered = orderNodes(main, all);
  let published: CalendarDay | null = null;
  let modified: CalendarDay | null = null;
  for (const node of ordered) {
    published ??= parseMachineDate(
      node['datePublished'] ?? node['dateCreated'] ?? node['uploadDate'],
      reading,
    );
    modified ??= parseMachineDate(node['dateModified'], reading);
    if (published) break;
  }
  return { published, modified };
}

function orderNodes(main: LdNode | undefined, all: LdNode[]): LdNode[] {
  const candidates = all.filter((node) => !ldTypes(node).some((type) => FOREIGN_TYPES.test(type)));
  const articles = candidates.filter((node) => ldTypes(node).some((type) => ARTICLE_LIKE.test(type)));
  const pages = candidates.filter((node) => ldTypes(node).some((type) => /WebPage/i.test(type)));
  const ordered = main ? [main, ...articles, ...pages] : [...articles, ...pages];
  return [...new Set(ordered)];
}
