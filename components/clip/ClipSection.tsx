import { useClipStatus } from '@/hooks/useClipStatus';
import { MetadataCard } from '../metadata/MetadataCard';
import './clip-section.css';

/**
 * The panel's "current page" block: whether the tab's page is already in the library, "Save this page", "Save
 * selection as a quote", and what happened, in a live region screen readers announce. Offers "Save anyway" for a
 * page that is no article and a runtime permission when the panel button cannot read the tab. Once the page is in
 * the library (right after every clip), its card shows the details a citation will carry, ready to correct.
 */
export function ClipSection() {
  const clip = useClipStatus();
  const present = clip.library.state === 'present' && clip.library.article.loadState === 'loaded';
  return (
    <section class="clip-section" aria-labelledby="clip-section-heading" aria-busy={clip.busy}>
      <h2 id="clip-section-heading" class="clip-section__heading">
        {clip.labels.heading}
      </h2>
      {clip.libraryText && (
        <p
          class={`clip-section__library${present ? ' clip-section__library--present' : ''}`}
          data-clip-library={clip.library.state}
        >
          {present && <span aria-hidden="true">✓ </span>}
          {clip.libraryText}
        </p>
      )}
      <div class="clip-section__actions">
        <button
          type="button"
          class="clip-section__primary"
          onClick={clip.save}
          disabled={!clip.hasTab || clip.busy}
        >
          {present ? clip.labels.saveAgain : clip.labels.save}
        </button>
        <button type="button" onClick={clip.saveSelection} disabled={!clip.hasTab || clip.busy}>
          {clip.labels.saveSelection}
        </button>
      </div>
      <div class="clip-section__feedback" role="status" aria-live="polite" aria-atomic="true">
        {clip.announcement && (
          <p
            class={`clip-section__message clip-section__message--${clip.announcement.tone}`}
            data-clip-tone={clip.announcement.tone}
          >
            {clip.announcement.text}
          </p>
        )}
      </div>
      {present && clip.library.state === 'present' && <MetadataCard article={clip.library.article} />}
      {clip.offerSaveAnyway && (
        <button type="button" class="clip-section__primary" onClick={clip.saveAnyway}>
          {clip.labels.saveAnyway}
        </button>
      )}
      {clip.offerAccess && (
        <div class="clip-section__access">
          <p>{clip.accessExplanation}</p>
          <button type="button" onClick={clip.allowAccessAndSave}>
            {clip.labels.allowAccess}
          </button>
        </div>
      )}
    </section>
  );
}
