import { type LdNode } from './json-ld';
import { metaValues } from './meta-tags';

/** The article's lead image as an absolute http(s) URL: og:image, twitter:image, JSON-LD image. */
export function findLeadImage(doc: Document, main: LdNode | undefined, url: string): string | null {
  const ldImage = main?.['image'];
  const fromLd =
    typeof ldImage === 'string'
      ? ldImage
      : Array.isArray(ldImage)
        ? ((ldImage.find((i) => typeof i === 'string') as string | undefined) ??
          ((ldImage[0] as LdNode | undefined)?.['url'] as string | undefined))
        : ((ldImage as LdNode | undefined)?.['url'] as string | undefined);
  const candidates = [...metaValues(doc, ['og:image:secure_url', 'og:image', 'twitter:image']), fromLd];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const abs = new URL(candidate.trim(), url);
      if (abs.protocol === 'https:' || abs.protocol === 'http:') return abs.toString();
    } catch {
      // not a URL: try the next source
    }
  }
  return null;
}
