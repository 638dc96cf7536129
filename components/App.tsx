import { useEffect, useRef, useState } from 'preact/hooks';
import { AnnouncerContext, useAnnouncerState } from '@/hooks/useAnnouncer';
import type { ExportFilter } from '@/hooks/useExportFilter';
import { routeHash, useHashRoute } from '@/hooks/useHashRoute';
import { useI18n } from '@/hooks/useI18n';
import { useNewListDraft } from '@/hooks/useNewListDraft';
import { useReadingListMenuSync } from '@/hooks/useReadingListMenuSync';
import { NEW_LIST_DRAFT_FRESH_MS } from '@/utils/clip-flow';
import type { MessageKey } from '@/utils/i18n';
import { INITIAL_LIBRARY_STATE, type LibraryState } from '@/utils/library';
import { Icon, type IconName } from './common/Icon';
import { LiveRegion } from './common/LiveRegion';
import { lazyView } from './LazyView';
import { LibraryView } from './library/LibraryView';

// The library is the first view; the others load when first shown, so opening the panel parses only the
// library's code (reader, lists with export/import, settings and citation code are chunks of their own).
const ReaderView = lazyView(async () => (await import('./reader/ReaderView')).ReaderView);
const ListsView = lazyView(async () => (await import('./lists/ListsView')).ListsView);
const SettingsView = lazyView(async () => (await import('./settings/SettingsView')).SettingsView);

const articleHref = (articleId: string) => routeHash({ name: 'article', articleId });

const NAV_ITEMS: ReadonlyArray<{
  view: 'library' | 'lists' | 'settings';
  icon: IconName;
  label: MessageKey;
}> = [
  { view: 'library', icon: 'library', label: 'panel_navLibrary' },
  { view: 'lists', icon: 'list', label: 'lists_navLabel' },
  { view: 'settings', icon: 'settings', label: 'panel_navSettings' },
];

/**
 * The side panel: routes `#/library` (default), `#/article/<id>` (the reader), `#/lists` and `#/settings`. The library's
 * search, order and filters live here, so reading an article and coming back keeps them.
 */
export function App() {
  const { t } = useI18n();
  const [route, navigate] = useHashRoute();
  const [announcements, announce] = useAnnouncerState();
  const [library, setLibrary] = useState<LibraryState>(INITIAL_LIBRARY_STATE);
  const [lastArticle, setLastArticle] = useState<string | null>(null);
  const [exportFilter, setExportFilter] = useState<ExportFilter | null>(null);
  const firstRoute = useRef(true);
  const newListDraft = useNewListDraft();
  const draft = newListDraft.draft;
  useReadingListMenuSync();

  // "New reading list …" in the context menu: the panel goes where the list gets its name. A note older than
  // a minute no longer pulls a panel that opens later away from where the reader was.
  useEffect(() => {
    if (draft && Date.now() - draft.at < NEW_LIST_DRAFT_FRESH_MS) navigate({ name: 'lists' });
  }, [draft?.at]);

  useEffect(() => {
    if (route.name === 'article') setLastArticle(route.articleId);
    // Moving to another view moves focus to its heading, as a page load would; not on first open.
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    // With a new-list note, the lists view focuses the name field instead.
    if (route.name === 'lists' && draft) return;
    if (route.name !== 'library' || lastArticle === null)
      requestAnimationFrame(() => document.getElementById('view-heading')?.focus());
  }, [route.name, route.name === 'article' ? route.articleId : null]);

  const current = route.name === 'unknown' || route.name === 'library' ? 'library' : route.name;
  return (
    <AnnouncerContext.Provider value={announce}>
      <div class="panel">
        <a class="skip-link" href="#main">
          {t('panel_skipToContent')}
        </a>
        <header class="panel__header">
          <span class="panel__brand">{t('panel_title')}</span>
          <nav aria-label={t('panel_navLabel')} class="panel__nav">
            {NAV_ITEMS.map(({ view, icon, label }) => (
              <a
                key={view}
                href={routeHash({ name: view })}
                class="nav-link"
                aria-current={current === view ? 'page' : undefined}
              >
                <Icon name={icon} />
                <span>{t(label)}</span>
              </a>
            ))}
          </nav>
        </header>
        <main id="main" class="panel__main" tabIndex={-1}>
          {route.name === 'article' ? (
            <ReaderView articleId={route.articleId} onBack={() => navigate({ name: 'library' })} />
          ) : route.name === 'settings' ? (
            <SettingsView />
          ) : route.name === 'lists' ? (
            <ListsView hrefFor={articleHref} newListDraft={newListDraft} exportFilter={exportFilter} />
          ) : (
            <>
              {route.name === 'unknown' && (
                <p class="message" role="alert">
                  <a href={routeHash({ name: 'library' })}>{t('panel_notFound')}</a>
                </p>
              )}
              <LibraryView
                state={library}
                onStateChange={setLibrary}
                hrefFor={articleHref}
                returnFocusTo={lastArticle}
                onExportFiltered={(filter) => {
                  setExportFilter(filter);
                  navigate({ name: 'lists' });
                }}
              />
            </>
          )}
        </main>
        <LiveRegion announcements={announcements} />
      </div>
    </AnnouncerContext.Provider>
  );
}
