import { useEffect, useRef } from 'preact/hooks';

export interface UndoBarProps {
  /** What happened, e.g. "Artikel gelöscht". */
  message: string;
  undoLabel: string;
  closeLabel: string;
  onUndo: () => void;
  onDismiss: () => void;
  /** Dismisses itself after this long unless focus is inside it; 0 keeps it until dismissed. */
  timeoutMs?: number;
}

/**
 * A toast with "Undo" for destructive actions. It takes focus when it appears, so keyboard users can undo with
 * Enter at once, and it does not time out while focused. The message itself is announced by the caller.
 */
export function UndoBar({
  message,
  undoLabel,
  closeLabel,
  onUndo,
  onDismiss,
  timeoutMs = 10_000,
}: UndoBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    undo.current?.focus();
  }, []);
  useEffect(() => {
    if (timeoutMs <= 0) return;
    const timer = setInterval(() => {
      if (!bar.current?.contains(document.activeElement)) onDismiss();
    }, timeoutMs);
    return () => clearInterval(timer);
  }, [timeoutMs, onDismiss]);
  return (
    <div
      ref={bar}
      class="undo-bar"
      role="group"
      aria-label={message}
      onKeyDown={(event) => event.key === 'Escape' && onDismiss()}
    >
      <span class="undo-bar__message">{message}</span>
      <button ref={undo} type="button" class="button button--primary" onClick={onUndo}>
        {undoLabel}
      </button>
      <button type="button" class="button button--quiet" onClick={onDismiss}>
        {closeLabel}
      </button>
    </div>
  );
}
