/** Width to keep inside the article column when placing the toolbar under a selection. */
const TOOLBAR_WIDTH = 300;
const GAP = 8;

/** Where the selection toolbar goes inside its positioned container: just below the selection, never off the side. */
export function toolbarPosition(
  anchor: DOMRect,
  container: DOMRect | undefined,
): { top: number; left: number } {
  if (!container) return { top: 0, left: 0 };
  return {
    top: anchor.bottom - container.top + GAP,
    left: Math.max(0, Math.min(anchor.left - container.left, container.width - TOOLBAR_WIDTH)),
  };
}
