import { formatInstantDay } from '../i18n/locale';

/** Headings and captions inside exported files, in the language the reader chose for the export. */
export type ExportLocale = 'de' | 'en';

export interface ExportLabels {
  highlights: string;
  pageNote: string;
  notLoaded: string;
  orphaned: string;
  note: string;
  source: string;
  readingList: string;
  library: string;
  untitled: string;
  exportedOn: string;
  articleCount: (n: number) => string;
}

export const EXPORT_LABELS: Record<ExportLocale, ExportLabels> = {
  de: {
    highlights: 'Markierungen',
    pageNote: 'Notiz zum Artikel',
    notLoaded: 'Noch nicht geladen: der Artikel wird gespeichert, wenn er zum ersten Mal geöffnet wird.',
    orphaned: 'nicht mehr im Text gefunden',
    note: 'Notiz',
    source: 'Quelle',
    readingList: 'Leseliste',
    library: 'Bibliothek',
    untitled: 'Ohne Titel',
    exportedOn: 'Exportiert am',
    articleCount: (n) => (n === 1 ? '1 Artikel' : `${n} Artikel`),
  },
  en: {
    highlights: 'Highlights',
    pageNote: 'Page note',
    notLoaded: 'Not loaded yet: the article is saved when it is first opened.',
    orphaned: 'no longer found in the text',
    note: 'Note',
    source: 'Source',
    readingList: 'Reading list',
    library: 'Library',
    untitled: 'Untitled',
    exportedOn: 'Exported on',
    articleCount: (n) => (n === 1 ? '1 article' : `${n} articles`),
  },
};

/**
 * A calendar day in the reader's own time zone: a clip at 00:30 in Berlin belongs to that day, not the previous
 * UTC one. Every format that shows an access or clip date uses this, so they agree with each other.
 */
export function localIsoDay(ms: number): string {
  const day = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

/** "5. März 2024" / "March 5, 2024": dates people read in the exported file, not ones a program parses. */
export function longDate(ms: number, locale: ExportLocale): string {
  return formatInstantDay(ms, locale === 'de' ? 'de-DE' : 'en-GB');
}
