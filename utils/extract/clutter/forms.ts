import type { ClutterKind } from './attribute-signals';
import type { TextLengths } from './text-lengths';

/**
 * Forms never belong to an article: a textarea is a comment form, an e-mail field a newsletter box, a password
 * field a login. Forms arrive unwrapped (`div[data-rn-form]`, see neutralise.ts); the box around a form (its
 * title, its privacy note) goes too while it stays short.
 */
export function kindOfForm(form: Element): ClutterKind | null {
  if (form.querySelector('textarea')) return 'comments';
  if (form.querySelector('input[type="email"], input[name*="mail" i], input[placeholder*="mail" i]'))
    return 'newsletter';
  if (
    form.querySelector(
      'input[type="password"], input[type="search"], input[name*="search" i], input[name*="such" i], input[name="q"], input[name="s"]',
    )
  )
    return 'navigation';
  if (form.querySelector('input:not([type="hidden"]), select, button')) return 'navigation';
  return null;
}

export function formBoxAround(form: Element, root: Element, lengths: TextLengths): Element {
  let box = form;
  const own = lengths.text(form);
  for (let depth = 0; depth < 3; depth++) {
    const parent = box.parentElement;
    if (!parent || parent === root || /^(?:BODY|MAIN|ARTICLE)$/.test(parent.tagName)) break;
    if (lengths.text(parent) > own + 350 || parent.querySelector('h1')) break;
    if (parent.querySelectorAll('p').length > 4) break;
    box = parent;
  }
  return box;
}
