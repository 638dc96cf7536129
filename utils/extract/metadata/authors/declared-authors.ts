/**
 * Authors the page declares for machines: JSON-LD and meta tags. These are reliable when present, but often name
 * the publisher instead of the writer, so each name carries whether it was declared as an organisation.
 */
import { ldText, ldTypes, type LdNode } from '../json-ld';
import { metaValues } from '../meta-tags';
import { dedupe, namesFromByline } from './byline-text';

export interface DeclaredAuthor {
  name: string;
  /** Declared as Organization (or a type other than Person) in JSON-LD. */
  organisation: boolean;
}

const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report|Review|Story|CreativeWork/i;

/** Authors of the main JSON-LD node; falls back to other article-like nodes of the page. */
export function jsonLdAuthors(main: LdNode | undefined, all: readonly LdNode[] = []): DeclaredAuthor[] {
  const nodes = main ? [main, ...all.filter((n) => n !== main)] : [...all];
  for (const node of nodes) {
    if (node !== main && !ldTypes(node).some((t) => ARTICLE_TYPE.test(t))) continue;
    const found = authorsOfNode(node, all);
    if (found.length) return found;
  }
  return [];
}

function authorsOfNode(node: LdNode, all: readonly LdNode[]): DeclaredAuthor[] {
  const raw = node['author'] ?? node['creator'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const out: DeclaredAuthor[] = [];
  for (const entry of list.slice(0, 12)) {
    const resolved = resolveReference(entry, all);
    const types = resolved && typeof resolved === 'object' ? ldTypes(resolved as LdNode) : [];
    const organisation = types.length > 0 && !types.some((t) => /Person/i.test(t));
    const text = ldText(resolved);
    if (!text) continue;
    for (const name of namesFromByline(text)) out.push({ name, organisation });
  }
  return out;
}

/** Yoast and others write `"author": {"@id": "…#/schema/person/…"}` and describe the person elsewhere in the graph. */
function resolveReference(entry: unknown, all: readonly LdNode[]): unknown {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return entry;
  const node = entry as LdNode;
  if (node['name'] || typeof node['@id'] !== 'string') return entry;
  return all.find((n) => n !== node && n['@id'] === node['@id'] && n['name']) ?? entry;
}

/** Meta tags that name the writer. `article:author` is often a profile URL; those are skipped. */
const AUTHOR_META = [
  'author',
  'article:author',
  'og:article:author',
  'dc.creator',
  'dcterms.creator',
  'citation_author',
  'parsely-author',
  'sailthru.author',
  'byl',
];

export function metaAuthors(doc: Document): string[] {
  const names: string[] = [];
  for (const content of metaValues(doc, AUTHOR_META)) {
    if (/^https?:|^www\.|^\/|\.html?$/i.test(content)) continue;
    names.push(...namesFromByline(content));
  }
  return dedupe(names);
}
