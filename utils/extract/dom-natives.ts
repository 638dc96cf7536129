/**
 * Calls DOM methods and getters through the prototype chain instead of the object itself, because on a
 * clobbered page `form.parentNode` or `document.querySelectorAll` may be a page element, not the method.
 * Works in any realm (browser, jsdom) without touching globals such as `Node`.
 */
function ownerOf(obj: object, prop: string): object | null {
  let proto: object | null = Object.getPrototypeOf(obj) as object | null;
  while (proto && !Object.prototype.hasOwnProperty.call(proto, prop)) {
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return proto;
}

export function nativeGet<T>(obj: object, prop: string): T {
  const owner = ownerOf(obj, prop);
  const getter = owner ? Object.getOwnPropertyDescriptor(owner, prop)?.get : undefined;
  if (!getter) throw new TypeError(`No native getter ${prop}`);
  return getter.call(obj) as T;
}

export function nativeCall<T>(obj: object, method: string, ...args: unknown[]): T {
  const owner = ownerOf(obj, method);
  const fn = owner ? (Object.getOwnPropertyDescriptor(owner, method)?.value as unknown) : undefined;
  if (typeof fn !== 'function') throw new TypeError(`No native method ${method}`);
  return (fn as (...a: unknown[]) => T).apply(obj, args);
}

/** The document's own prototype chain, to ask whether an id or name would shadow one of its members. */
export function shadowsDocumentMember(doc: Document, name: string): boolean {
  const proto = Object.getPrototypeOf(doc) as object | null;
  return !!proto && name in proto;
}
