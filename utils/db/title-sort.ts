/** Title key for sorting as a German reader expects: case-blind, "Ä" with "A", "ß" with "ss". */
export function titleSortKey(title: string): string {
  return title.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('de').replace(/ß/g, 'ss').trim();
}
