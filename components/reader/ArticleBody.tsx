import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { AnnotationRecord } from '@/hooks/useReaderArticle';
import type { I18n } from '@/hooks/useI18n';
import { anchor } from '@/utils/anchoring/anchor';
import { paintHighlights, type PaintableHighlight } from '@/utils/reader/paint-highlights';
import { renderArticleFragment } from '@/utils/reader/render-article';
import { toStoredOffsets, trimSpan } from '@/utils/reader/stored-offsets';
import { TextDomMap } from '@/utils/reader/text-dom-map';
import { highlightDescriptionId, highlightDomId, markClass } from './highlight-styles';

/** A selection in the article, as offsets into the stored text, and where it is on screen. */
export interface ArticleSelection {
  start: number;
  end: number;
  rect: DOMRect;
}

export interface ArticleBodyProps {
  html: string;
  /** The stored plain text the annotations' selectors refer to. */
  text: string;
  baseUrl: string;
  annotations: AnnotationRecord[];
  /** Caret browsing inside the article: a text cursor for Shift+arrow selections, edits refused. */
  caretMode: boolean;
  t: I18n['t'];
  /** First mark of each anchored highlight, for the list to scroll to and focus. */
  marksRef: RefObject<Map<string, HTMLElement>>;
  onAnchored(orphanedIds: ReadonlySet<string>): void;
  onSelection(selection: ArticleSelection | null): void;
  /** A highlight was clicked or activated with Enter/Space. */
  onOpenHighlight(id: string, mark: HTMLElement): void;
  /** Alt+H (or Enter in caret mode): move focus to the toolbar of the current selection. */
  onRequestToolbar(): void;
  onLeaveCaretMode(): void;
}

/**
 * The article as stored, sanitised again and rendered outside Preact's tree (it is untrusted HTML, painted with
 * highlights by hand); re-rendered whenever the text or the annotations change.
 */
export function ArticleBody(props: ArticleBodyProps) {
  const { html, baseUrl, annotations, caretMode, t, marksRef, onAnchored } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<TextDomMap | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const annotationsKey = annotations
    .map((a) => `${a.id}:${a.colour}:${a.note !== ''}:${a.updatedAt}`)
    .join('|');

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    container.replaceChildren(renderArticleFragment(window, html, baseUrl));
    const map = TextDomMap.build(container);
    const byId = new Map(annotations.map((a) => [a.id, a]));
    const anchored: PaintableHighlight[] = [];
    const orphaned = new Set<string>();
    for (const annotation of annotations) {
      const found = anchor(map.text, annotation.selectors);
      if (found) anchored.push({ id: annotation.id, start: found.start, end: found.end });
      else orphaned.add(annotation.id);
    }
    const marks = paintHighlights(map, anchored, ({ id }) => {
      const annotation = byId.get(id)!;
      const mark = document.createElement('mark');
      mark.className = markClass(annotation.colour);
      mark.dataset.annotationId = id;
      if (annotation.note) mark.dataset.hasNote = 'true';
      return mark;
    });
    const firstMarks = new Map<string, HTMLElement>();
    for (const [id, list] of marks) {
      const first = list[0];
      if (!first) continue;
      // One tab stop per highlight, described by its colour and note (see the hidden descriptions in ReaderView).
      first.id = highlightDomId(id);
      first.tabIndex = 0;
      first.setAttribute('aria-describedby', highlightDescriptionId(id));
      for (const mark of list.slice(1)) mark.dataset.hasNote = 'false';
      firstMarks.set(id, first);
    }
    marksRef.current = firstMarks;
    mapRef.current = TextDomMap.build(container);
    onAnchored(orphaned);
    // annotationsKey stands for `annotations`: a new array with the same content must not repaint.
  }, [html, baseUrl, annotationsKey]);

  useEffect(() => {
    const report = () => {
      const container = containerRef.current;
      const map = mapRef.current;
      const selection = document.getSelection();
      if (!container || !map || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
        latest.current.onSelection(null);
        return;
      }
      const range = selection.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) {
        latest.current.onSelection(null);
        return;
      }
      const offsets = map.toOffsets(range);
      const trimmed = offsets && trimSpan(map.text, offsets.start, offsets.end);
      const stored = trimmed && toStoredOffsets(map.text, latest.current.text, trimmed.start, trimmed.end);
      latest.current.onSelection(stored ? { ...stored, rect: range.getBoundingClientRect() } : null);
    };
    document.addEventListener('selectionchange', report);
    return () => document.removeEventListener('selectionchange', report);
  }, []);

  useEffect(() => {
    if (caretMode) containerRef.current?.focus();
  }, [caretMode]);

  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>('mark[data-annotation-id]') : null;

  const onClick = (event: MouseEvent) => {
    const mark = markOf(event.target);
    if (!mark || !document.getSelection()?.isCollapsed) return;
    const first = marksRef.current?.get(mark.dataset.annotationId!) ?? mark;
    props.onOpenHighlight(mark.dataset.annotationId!, first);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey && (event.key === 'h' || event.key === 'H' || event.code === 'KeyH')) {
      event.preventDefault();
      props.onRequestToolbar();
      return;
    }
    const mark = markOf(event.target);
    if (mark && !caretMode && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      props.onOpenHighlight(mark.dataset.annotationId!, mark);
      return;
    }
    if (!caretMode) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onLeaveCaretMode();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      props.onRequestToolbar();
    }
  };

  return (
    <div
      ref={containerRef}
      class="rn-reader-body"
      role={caretMode ? 'textbox' : 'region'}
      aria-label={t('reader_articleText')}
      aria-readonly={caretMode ? 'true' : undefined}
      aria-multiline={caretMode ? 'true' : undefined}
      contentEditable={caretMode}
      spellcheck={false}
      tabIndex={caretMode ? 0 : undefined}
      onBeforeInput={(event) => event.preventDefault()}
      onPaste={(event) => event.preventDefault()}
      onDrop={(event) => event.preventDefault()}
      onCut={(event) => event.preventDefault()}
      onClick={onClick}
      onKeyDown={onKeyDown}
    />
  );
}
