import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/hooks/useI18n';

type Loaded<P> = ComponentType<P>;

/**
 * A view whose code loads the first time it is shown (a dynamic import, so the bundler puts it in a chunk of its
 * own): the panel's first view then downloads and parses only what it needs. The module is fetched once; later
 * visits render at once. A chunk that fails to load (the extension was updated under an open panel) says so.
 */
export function lazyView<P extends object>(load: () => Promise<Loaded<P>>): ComponentType<P> {
  let loaded: Loaded<P> | undefined;
  let loading: Promise<Loaded<P>> | undefined;
  return function LazyView(props: P) {
    const { t } = useI18n();
    const [view, setView] = useState<{ component?: Loaded<P>; error?: unknown }>({ component: loaded });
    useEffect(() => {
      if (view.component) return;
      let shown = true;
      loading ??= load().then((component) => (loaded = component));
      loading.then(
        (component) => shown && setView({ component }),
        (error: unknown) => {
          loading = undefined;
          if (shown) setView({ error });
        },
      );
      return () => {
        shown = false;
      };
    }, []);
    if (view.component) {
      const View = view.component;
      return <View {...props} />;
    }
    if (view.error !== undefined) {
      return (
        <p class="message" role="alert">
          {t('common_errorWithReason', String((view.error as Error)?.message ?? view.error))}
        </p>
      );
    }
    return <p class="message">{t('common_loading')}</p>;
  };
}
