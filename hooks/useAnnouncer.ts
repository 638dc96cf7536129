import { createContext } from 'preact';
import { useCallback, useContext, useMemo, useRef, useState } from 'preact/hooks';

export type Politeness = 'polite' | 'assertive';

export interface Announcements {
  polite: string;
  assertive: string;
}

/** `announce('Gespeichert')` tells screen-reader users what happened; 'assertive' is for errors. */
export type Announce = (text: string, politeness?: Politeness) => void;

export const AnnouncerContext = createContext<Announce>(() => undefined);

/** For any component: announces through the panel's one pair of live regions (see components/common/LiveRegion). */
export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}

/**
 * The state behind the live regions, held once by the App. The region is emptied first and filled a moment
 * later, so the same message twice in a row ("Gespeichert", "Gespeichert") is read twice.
 */
export function useAnnouncerState(): [Announcements, Announce] {
  const [announcements, setAnnouncements] = useState<Announcements>({ polite: '', assertive: '' });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const announce = useCallback<Announce>((text, politeness = 'polite') => {
    if (timer.current) clearTimeout(timer.current);
    setAnnouncements((previous) => ({ ...previous, [politeness]: '' }));
    timer.current = setTimeout(
      () => setAnnouncements((previous) => ({ ...previous, [politeness]: text })),
      100,
    );
  }, []);
  return useMemo(() => [announcements, announce], [announcements, announce]);
}
