/** A JSON-LD node as found on pages: loosely typed, since publishers write anything. */
export type LdNode = Record<string, unknown>;

/**
 * Every JSON-LD object of the page, with `@graph` arrays flattened, in document order. Broken blocks are skipped:
 * publishers ship invalid JSON (trailing commas, raw newlines) often enough that one bad block must not cost the rest.
 */
export function readJsonLd(doc: Document): LdNode[] {
  const nodes: LdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const parsed = parseLenient(script.textContent ?? '');
    if (parsed !== undefined) collect(parsed, nodes, 0);
  }
  return nodes;
}

function parseLenient(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, '')
    .replace(/^\/\/.*$/gm, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Raw control characters inside strings and trailing commas are the usual defects.
      // eslint-disable-next-line no-control-regex -- matching control characters is the point here
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function collect(value: unknown, out: LdNode[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as LdNode;
  out.push(node);
  if (node['@graph']) collect(node['@graph'], out, depth + 1);
}

export function ldTypes(node: LdNode): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

const ARTICLE_TYPES =
  /Article|BlogPosting|Posting|NewsArticle|Report|Review|WebPage|CreativeWork|ScholarlyArticle|LiveBlogPosting|Story/i;

/** The node that describes the page's main creative work: an Article-like type, else a WebPage. */
export function mainLdNode(nodes: LdNode[]): LdNode | undefined {
  const articles = nodes.filter((n) =>
    ldTypes(n).some((t) => ARTICLE_TYPES.test(t) && !/WebPage|WebSite/i.test(t)),
  );
  return articles[0] ?? nodes.find((n) => ldTypes(n).some((t) => /WebPage/i.test(t)));
}

/** A string value, or the `name` / `@value` of an object value. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return ldText(value[0]);
  if (value && typeof value === 'object') {
    const obj = value as LdNode;
    return ldText(obj['name'] ?? obj['@value']);
  }
  return null;
}
