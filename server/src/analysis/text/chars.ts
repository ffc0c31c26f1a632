/**
 * Unicode letter and number tests by char code, for the scanners that replaced \p{L} and \p{N}
 * regexes on hot paths. Basic Multilingual Plane classes are looked up once and kept in a table.
 */
export const LETTER = 1;
export const NUMBER = 2;
const KNOWN = 4;

const LETTER_AT = /\p{L}/uy;
const NUMBER_AT = /\p{N}/uy;
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) bmp[c] = KNOWN | (c >= 48 && c <= 57 ? NUMBER : 0) | ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : 0);

function classAt(text: string, i: number): number {
  LETTER_AT.lastIndex = i;
  NUMBER_AT.lastIndex = i;
  return (LETTER_AT.test(text) ? LETTER : 0) | (NUMBER_AT.test(text) ? NUMBER : 0);
}

/**
 * Length in code units (1, or 2 for a pair outside the BMP) of the character at i when it is one of
 * `kinds` (LETTER, NUMBER or both); 0 otherwise. A lone surrogate half is neither.
 */
export function charOfKindAt(text: string, i: number, kinds: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = bmp[c];
    if (k === 0) bmp[c] = k = KNOWN | classAt(text, i);
    return k & kinds ? 1 : 0;
  }
  if (c > 0xdbff || i + 1 >= text.length) return 0;
  return classAt(text, i) & kinds ? 2 : 0;
}

/** What the regex \s matches, by char code (a regex test per character cost more than the scan around it). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A letter or digit of the Basic Multilingual Plane at i (a surrogate half is neither, as for a one-unit regex test). */
export function isBmpWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c < 0xd800 || c > 0xdfff) && charOfKindAt(text, i, LETTER | NUMBER) === 1;
}
