import { useI18n } from '@/hooks/useI18n';
import { routeHash } from '@/hooks/useHashRoute';
import type { ArticleRecord } from '@/hooks/useMetadataCorrection';
import { MetadataPanel } from './MetadataPanel';
import { uncertainFields } from './metadata-fields';

export interface MetadataCardProps {
  article: ArticleRecord;
}

/**
 * What the clip saved, shown after every clip: the details a citation will carry, the ones to check marked, each
 * editable in place, and one click to the article in the reader.
 */
export function MetadataCard({ article }: MetadataCardProps) {
  const i18n = useI18n();
  const { t, plural } = i18n;
  const unsure = uncertainFields(article).length;
  return (
    <section class="meta-card" aria-labelledby={`meta-card-${article.id}`} data-article-id={article.id}>
      <h3 id={`meta-card-${article.id}`} class="meta-card__heading">
        {t('meta_cardHeading')}
      </h3>
      {unsure > 0 && (
        <p class="hint meta-card__hint">{plural(unsure, 'meta_checkHintOne', 'meta_checkHintOther')}</p>
      )}
      <MetadataPanel
        article={article}
        i18n={i18n}
        actions={
          <a class="button meta-card__open" href={routeHash({ name: 'article', articleId: article.id })}>
            {t('meta_openReader')}
          </a>
        }
      />
    </section>
  );
}
