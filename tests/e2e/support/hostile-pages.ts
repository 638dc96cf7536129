import { germanParagraphs } from '../../support/jsdom-page';

/** A sentence every generated article contains, to show its text survived. */
export const ARTICLE_SENTENCE = 'Fortbildung und gute Software';

/**
 * Names that clobber DOM properties Readability relies on: the first two made bare Readability 0.6 loop forever
 * in Chromium, the other seven made it throw (jsdom reproduces neither).
 */
export const CLOBBERING_NAMES = [
  'parentNode',
  'nextElementSibling',
  'tagName',
  'textContent',
  'getAttribute',
  'removeAttribute',
  'hasAttribute',
  'querySelectorAll',
  'getElementsByTagName',
] as const;

export function articlePage(extra: string, head = ''): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Ein Artikel</title>${head}</head><body><article><h1>Ein Artikel</h1>${germanParagraphs()}${extra}</article></body></html>`;
}

export function clobberingFormPage(name: string): string {
  return articlePage(`<form><input name="${name}"><input name="${name}"></form>`);
}

/** Deterministic bytes (a linear congruential generator), so a failure reproduces. */
export function binaryJunk(length = 64 * 1024): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 0x2545f491;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

export function fiveMegabytePage(): string {
  const filler = `<div class="teaser"><p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p></div>`;
  return articlePage(filler.repeat(Math.ceil(5_000_000 / filler.length)));
}

export function deeplyNestedPage(depth = 5_000): string {
  return `<!doctype html><html lang="de"><body>${'<div>'.repeat(depth)}${germanParagraphs()}${'</div>'.repeat(depth)}</body></html>`;
}

export function throwingScriptPage(): string {
  return articlePage(
    '<script>throw new Error("page bug")</script>',
    '<script>window.addEventListener("load", () => { null.crash(); });</script>',
  );
}

/** Keeps the page's main thread busy after load, so the clip script cannot even start. */
export function busyPage(busyMs: number): string {
  return articlePage(
    '',
    `<script>window.addEventListener("load", () => setTimeout(() => { const end = Date.now() + ${busyMs}; while (Date.now() < end) {} }, 0));</script>`,
  );
}

/** The smallest valid PDF Chromium's viewer opens. */
export function minimalPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return body;
}
