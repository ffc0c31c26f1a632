import { fnvUnits } from './fnv';

/**
 * Distinct short strings numbered in the order first met, looked up by a stretch of UTF-16 units
 * of some text: a word is found without building a string for each occurrence (the stems of every
 * line of every file pass here; a string and a Set lookup per occurrence were most of that cost).
 */
export class WordTable {
  private words: string[] = [];
  private hashes: number[] = [];
  /** Open addressing: id + 1 per slot, 0 when empty; kept at most half full. */
  private slots = new Int32Array(64);

  constructor(words: Iterable<string> = []) {
    for (const w of words) this.idOf(w, 0, w.length, true);
  }

  get size(): number {
    return this.words.length;
  }

  word(id: number): string {
    return this.words[id];
  }

  /** Id of text[start, start + length), added when missing and `add` is set; -1 when missing. */
  idOf(text: string, start: number, length: number, add: boolean): number {
    const h = hashUnits(text, start, length);
    const mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const id = this.slots[s] - 1;
      if (id < 0) break;
      if (this.hashes[id] === h && sameUnits(this.words[id], text, start, length)) return id;
    }
    if (!add) return -1;
    const id = this.words.length;
    this.words.push(text.slice(start, start + length));
    this.hashes.push(h);
    if (this.words.length * 2 > this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let s = this.hashes[id] & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }
}

/** FNV-1a of the units, as a non-negative 31-bit number (a slot index). */
function hashUnits(text: string, start: number, length: number): number {
  return fnvUnits(text, start, start + length) & 0x7fffffff;
}

function sameUnits(word: string, text: string, start: number, length: number): boolean {
  if (word.length !== length) return false;
  for (let i = 0; i < length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
