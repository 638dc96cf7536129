import { useEffect, useRef, useState } from 'preact/hooks';
import { useAnnotationActions, type StorageResult } from '@/hooks/useAnnotationActions';
import { UndoBar } from '../common/UndoBar';
import { useAnnounce } from '@/hooks/useAnnouncer';
import { useReaderArticle, type AnnotationRecord, type HighlightColour } from '@/hooks/useReaderArticle';
import { useReaderArticleActions, type DeletedArticle } from '@/hooks/useReaderArticleActions';
import { useI18n } from '@/hooks/useI18n';
import { useReaderPreferences } from '@/hooks/useReaderPreferences';
import { toolbarPosition } from '@/utils/reader/toolbar-position';
import { AddToList } from '../lists/AddToList';
import { ArticleBody, type ArticleSelection } from './ArticleBody';
import { ArticleExtras } from './ArticleExtras';
import { HighlightDescriptions } from './HighlightDescriptions';
import { HIGHLIGHT_NAME_KEYS } from './highlight-styles';
import { ReaderBar } from './ReaderBar';
import { ReaderHeader } from './ReaderHeader';
import { ReaderPlaceholder } from './ReaderPlaceholder';
import { SelectionToolbar } from './SelectionToolbar';
import './reader.css';
import './highlights.css';

export interface ReaderViewProps {
  articleId: string;
  onBack: () => void;
}

type Toolbar =
  | { mode: 'new'; start: number; end: number; rect: DOMRect; focus: boolean }
  | { mode: 'edit'; id: string; rect: DOMRect; focus: boolean; editingNote: boolean };

type Undo = { kind: 'annotation'; record: AnnotationRecord } | { kind: 'article'; deleted: DeletedArticle };

/** How long after a write its highlight keeps getting focus back from repaints. */
const FOCUS_WINDOW_MS = 1500;

/** The reader: the stored article rendered for reading, with highlights, notes, tags, status and deletion. */
export function ReaderView({ articleId, onBack }: ReaderViewProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const loaded = useReaderArticle(articleId);
  const prefs = useReaderPreferences();
  const annotate = useAnnotationActions(articleId);
  const articleActions = useReaderArticleActions(articleId);
  const announce = useAnnounce();
  const [failure, setFailure] = useState<string | null>(null);
  const [orphanedIds, setOrphanedIds] = useState<ReadonlySet<string>>(new Set());
  const [caretMode, setCaretMode] = useState(false);
  const [toolbar, setToolbar] = useState<Toolbar | null>(null);
  const [listEditingId, setListEditingId] = useState<string | null>(null);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [lastColour, setLastColour] = useState<HighlightColour>('yellow');
  const marksRef = useRef(new Map<string, HTMLElement>());
  const articleRef = useRef<HTMLElement>(null);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<{ id: string; until: number } | null>(null);
  const annotations = loaded.state === 'ready' ? loaded.annotations : [];

  // A highlight just created, noted or restored gets focus once painted. The write's answer and the live query's
  // repaint (which replaces the marks) come in either order, so focus is re-applied for a moment after each paint.
  const tryFocusPending = () => {
    const pending = focusAfterRender.current;
    if (!pending || Date.now() > pending.until) return void (focusAfterRender.current = null);
    const mark = marksRef.current.get(pending.id);
    // Only where focus was lost to the repaint (or sits in the article text): never away from what the reader
    // went on to do, such as typing a note.
    const active = document.activeElement;
    const adrift = !active || active === document.body || !!active.closest('.rn-reader-body');
    if (mark?.isConnected && active !== mark && adrift) mark.focus();
  };
  const focusHighlight = (id: string) => {
    focusAfterRender.current = { id, until: Date.now() + FOCUS_WINDOW_MS };
    requestAnimationFrame(tryFocusPending);
  };
  useEffect(tryFocusPending, [annotations]);

  const fail = (message: string) => {
    setFailure(t('reader_saveFailed', message));
    announce(t('reader_saveFailed', message), 'assertive');
  };
  const saveField = async (write: Promise<StorageResult<unknown>>, saved: string) => {
    const result = await write;
    if (result.ok) announce(saved);
    else fail(result.error.message);
  };
  const colourName = (colour: HighlightColour) => t(HIGHLIGHT_NAME_KEYS[colour]);
  const closeToolbar = (restoreFocus: boolean) => {
    const current = toolbar;
    setToolbar(null);
    if (restoreFocus && current?.mode === 'edit') marksRef.current.get(current.id)?.focus();
  };

  const onSelection = (selection: ArticleSelection | null) => {
    if (toolbarRef.current?.contains(document.activeElement)) return;
    if (selection) setToolbar({ mode: 'new', ...selection, focus: false });
    else setToolbar((current) => (current?.mode === 'new' ? null : current));
  };

  const createHighlight = async (colour: HighlightColour, withNote: boolean) => {
    if (toolbar?.mode !== 'new') return;
    const result = await annotate.create(toolbar.start, toolbar.end, colour);
    if (!result.ok) return fail(result.error.message);
    setLastColour(colour);
    document.getSelection()?.removeAllRanges();
    announce(t('annot_saved', colourName(colour)));
    if (withNote)
      setToolbar({ mode: 'edit', id: result.value.id, rect: toolbar.rect, focus: true, editingNote: true });
    else {
      setToolbar(null);
      // The text cursor has done its job; leaving caret mode lets the new highlight itself take focus.
      setCaretMode(false);
      focusHighlight(result.value.id);
    }
  };

  const saveNote = async (id: string, note: string) => {
    const result = await annotate.setNote(id, note);
    if (!result.ok) return fail(result.error.message);
    announce(note.trim() ? t('annot_noteSaved') : t('annot_noteRemoved'));
    setListEditingId(null);
    if (toolbar?.mode === 'edit') setToolbar(null);
    focusHighlight(id);
  };

  const removeHighlight = async (id: string) => {
    const result = await annotate.remove(id);
    if (!result.ok) return fail(result.error.message);
    setToolbar(null);
    if (result.value) setUndo({ kind: 'annotation', record: result.value });
    announce(t('annot_deleted'));
  };

  const undoLast = async () => {
    if (!undo) return;
    const result =
      undo.kind === 'annotation'
        ? await annotate.restore(undo.record)
        : await articleActions.restore(undo.deleted);
    if (!result.ok) return fail(result.error.message);
    if (undo.kind === 'annotation') focusHighlight(undo.record.id);
    setUndo(null);
    announce(undo.kind === 'annotation' ? t('annot_restored') : t('reader_articleRestored'));
  };

  const removeArticle = async () => {
    const result = await articleActions.remove();
    if (!result.ok) return fail(result.error.message);
    if (result.value) setUndo({ kind: 'article', deleted: result.value });
    announce(t('reader_articleDeleted'));
  };

  const showHighlight = (id: string) => {
    const mark = marksRef.current.get(id);
    if (!mark) return;
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    mark.focus({ preventScroll: true });
  };

  const undoBar = undo && (
    <UndoBar
      key={undo.kind === 'annotation' ? undo.record.id : undo.deleted.article.id}
      message={undo.kind === 'annotation' ? t('annot_deleted') : t('reader_articleDeleted')}
      undoLabel={t('reader_undo')}
      closeLabel={t('reader_dismiss')}
      timeoutMs={0}
      onUndo={undoLast}
      onDismiss={() => setUndo(null)}
    />
  );

  if (loaded.state !== 'ready') {
    const message = {
      loading: t('reader_loading'),
      missing: undo?.kind === 'article' ? t('reader_articleDeleted') : t('reader_notFound'),
      failed: t('reader_loadFailed'),
    }[loaded.state];
    return (
      <ReaderPlaceholder message={message} settled={loaded.state !== 'loading'} t={t} onBack={onBack}>
        {undoBar}
      </ReaderPlaceholder>
    );
  }

  const { article, body } = loaded;
  const position = toolbar
    ? toolbarPosition(toolbar.rect, articleRef.current?.getBoundingClientRect())
    : null;
  const editing = toolbar?.mode === 'edit' ? annotations.find((a) => a.id === toolbar.id) : undefined;

  return (
    <div class="rn-reader" style={{ '--rn-reader-font-size': `${prefs.fontSize}px` }}>
      <ReaderBar
        t={t}
        status={article.status}
        fontSize={prefs.fontSize}
        canGrow={prefs.canGrow}
        canShrink={prefs.canShrink}
        caretMode={caretMode}
        onBack={onBack}
        onFontStep={(direction) => void prefs.stepFontSize(direction)}
        onStatus={(status) => saveField(articleActions.setStatus(status), t('reader_statusSaved'))}
        onToggleCaretMode={() => setCaretMode(!caretMode)}
        onDelete={removeArticle}
      />
      <section class="rn-reader-main" aria-labelledby="view-heading">
        <article ref={articleRef} class="rn-reader-article" lang={article.lang ?? undefined}>
          <ReaderHeader article={article} i18n={i18n} />
          {caretMode && <p class="rn-annotation__label">{t('reader_caretModeHint')}</p>}
          {body ? (
            <ArticleBody
              html={body.html}
              text={body.text}
              baseUrl={article.canonicalUrl}
              annotations={annotations}
              caretMode={caretMode}
              t={t}
              marksRef={marksRef}
              onAnchored={setOrphanedIds}
              onSelection={onSelection}
              onOpenHighlight={(id, mark) =>
                setToolbar({
                  mode: 'edit',
                  id,
                  rect: mark.getBoundingClientRect(),
                  focus: true,
                  editingNote: false,
                })
              }
              onRequestToolbar={() =>
                toolbar?.mode === 'new'
                  ? setToolbar({ ...toolbar, focus: true })
                  : announce(t('annot_selectFirst'))
              }
              onLeaveCaretMode={() => setCaretMode(false)}
            />
          ) : (
            <p>{t('reader_noBody')}</p>
          )}
          {toolbar && position && (toolbar.mode === 'new' || editing) && (
            <div ref={toolbarRef}>
              <SelectionToolbar
                mode={toolbar.mode}
                colour={editing?.colour}
                note={editing?.note}
                editingNote={toolbar.mode === 'edit' && toolbar.editingNote}
                position={position}
                takeFocus={toolbar.focus}
                t={t}
                onColour={async (colour) => {
                  if (toolbar.mode === 'new') return createHighlight(colour, false);
                  const result = await annotate.setColour(toolbar.id, colour);
                  if (!result.ok) return fail(result.error.message);
                  setLastColour(colour);
                  announce(t('annot_colourSaved', colourName(colour)));
                }}
                onEditNote={() =>
                  toolbar.mode === 'new'
                    ? createHighlight(lastColour, true)
                    : setToolbar({ ...toolbar, editingNote: !toolbar.editingNote, focus: true })
                }
                onSaveNote={(note) => toolbar.mode === 'edit' && saveNote(toolbar.id, note)}
                onCancelNote={() => closeToolbar(true)}
                onDelete={() => toolbar.mode === 'edit' && removeHighlight(toolbar.id)}
                onClose={() => closeToolbar(true)}
              />
            </div>
          )}
        </article>
        {/* Keyed by the article, so moving to another article closes the disclosure and drops its queries. */}
        <AddToList key={articleId} articleId={articleId} articleTitle={article.title} />
        <ArticleExtras
          article={article}
          text={body?.text ?? ''}
          annotations={annotations}
          orphanedIds={orphanedIds}
          listEditingId={listEditingId}
          t={t}
          onShow={showHighlight}
          onEditNote={setListEditingId}
          onSaveNote={saveNote}
          onDeleteAnnotation={removeHighlight}
          onTags={(tags) => saveField(articleActions.setTags(tags), t('tags_saved'))}
          onPageNote={(note) => saveField(articleActions.setPageNote(note), t('reader_pageNoteSaved'))}
        />
        <HighlightDescriptions annotations={annotations} t={t} />
      </section>
      {failure && <p class="rn-error rn-reader-main">{failure}</p>}
      {undoBar}
    </div>
  );
}
