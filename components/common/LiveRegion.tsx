import type { Announcements } from '@/hooks/useAnnouncer';

export interface LiveRegionProps {
  announcements: Announcements;
}

/** The panel's live regions: present from the first render (screen readers ignore regions added later). */
export function LiveRegion({ announcements }: LiveRegionProps) {
  return (
    <div class="visually-hidden">
      <div role="status" aria-live="polite" aria-atomic="true" data-live="polite">
        {announcements.polite}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-live="assertive">
        {announcements.assertive}
      </div>
    </div>
  );
}
