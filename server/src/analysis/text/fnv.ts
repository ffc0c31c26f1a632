/**
 * 32-bit FNV-1a over UTF-16 units: the hash of quote shingles (corpus) and of word-table entries.
 * A collision only costs a comparison that then fails.
 */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** `h` carried over one unit. */
export function fnvUnit(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME);
}

/** `h` carried over text[start, end). */
export function fnvUnits(text: string, start: number, end: number, h = FNV_OFFSET): number {
  for (let i = start; i < end; i++) h = fnvUnit(h, text.charCodeAt(i));
  return h;
}
