import { useCallback, useEffect, useState } from 'preact/hooks';

/** The panel's views. `#/article/<id>` is the reader; anything unknown is reported, not silently redirected. */
export type Route =
  | { name: 'library' }
  | { name: 'article'; articleId: string }
  | { name: 'settings' }
  | { name: 'lists' }
  | { name: 'unknown'; hash: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/' || path === '/library') return { name: 'library' };
  if (path === '/settings') return { name: 'settings' };
  if (path === '/lists') return { name: 'lists' };
  const article = /^\/article\/([^/?#]+)$/.exec(path);
  if (article?.[1]) return { name: 'article', articleId: decodeURIComponent(article[1]) };
  return { name: 'unknown', hash };
}

export function routeHash(route: Exclude<Route, { name: 'unknown' }>): string {
  switch (route.name) {
    case 'library':
      return '#/library';
    case 'settings':
      return '#/settings';
    case 'lists':
      return '#/lists';
    case 'article':
      return `#/article/${encodeURIComponent(route.articleId)}`;
  }
}

/** The current route from `location.hash`, kept in step with back/forward and links. */
export function useHashRoute(): [Route, (route: Exclude<Route, { name: 'unknown' }>) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  const navigate = useCallback((next: Exclude<Route, { name: 'unknown' }>) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, navigate];
}
