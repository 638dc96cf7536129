import { sanitiseHtml } from '../extract/sanitise';

/** What the selection script hands back: the selection's sanitised HTML and its plain text. */
export interface CapturedSelection {
  html: string;
  text: string;
}

const LINK_ATTRIBUTES = [
  ['a', 'href'],
  ['img', 'src'],
] as const;

/**
 * Runs in the page (the background has no DOM for DOMPurify). The ranges are copied into an inert document so
 * nothing in them loads or runs, and links are made absolute because the quote is shown far from its page.
 * Returns null when nothing is selected.
 */
export function captureSelection(win: Window): CapturedSelection | null {
  const selection = win.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const inert = win.document.implementation.createHTMLDocument('');
  const box = inert.createElement('div');
  for (let index = 0; index < selection.rangeCount; index++) {
    box.append(inert.importNode(selection.getRangeAt(index).cloneContents(), true));
  }
  absolutiseLinks(box, win.document.baseURI);
  const text = selection.toString().trim();
  const html = sanitiseHtml(win, box.innerHTML).trim();
  if (text === '' && html === '') return null;
  return { html, text };
}

function absolutiseLinks(root: Element, base: string): void {
  for (const [tag, attribute] of LINK_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`${tag}[${attribute}]`)) {
      try {
        element.setAttribute(attribute, new URL(element.getAttribute(attribute) ?? '', base).href);
      } catch {
        element.removeAttribute(attribute);
      }
    }
  }
}
