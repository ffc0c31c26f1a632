/**
 * Paragraphs, sentences and words with exact offsets. Scraped news puts one paragraph on each line,
 * so a paragraph is one non-blank line; sentences split on terminal punctuation that is not part of
 * an abbreviation ("Mr.", "U.S.", "Dec.") or an initial ("J. Smith").
 */
import { LETTER, NUMBER, charOfKindAt, isBmpWordCharAt, isSpaceCode } from './chars';
import { Line } from './lines';
import { WordTable } from './word-table';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** 0-based line (paragraph) the sentence belongs to. */
  line: number;
}

export interface Word {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm sen rep gov pres supt st jr sr rev hon ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'no nos vs etc inc corp ltd co bros dept univ est approx fig vol op ch art al e.g i.e a.m p.m ' +
    'u.s u.k u.n e.u u.s.a d.c n.y l.a mt ft rs'
  ).split(' '),
);

/** A lowercased word before a full stop that does not end a sentence: a title, a month, initials ("Lt.", "Sept.", "J.", "H.W."). */
export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || INITIALS.test(word);
}

/** One letter, or letters each after a full stop: "j", "h.w", "j.r.r" (the last full stop is the one asked about). */
const INITIALS = /^\p{L}(?:\.\p{L})*$/u;

const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')', ']', '\u00BB']);
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '\u00AB']);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || /[0-9]/.test(ch);
}

/** The word just before position i (letters, digits and inner dots), lowercased. */
function wordBefore(text: string, i: number): string {
  let j = i;
  // Abbreviations are short: looking further back only costs time on runs of dots.
  while (j > 0 && i - j < 40 && (text.charCodeAt(j - 1) === 46 || isBmpWordCharAt(text, j - 1))) j--;
  return text.slice(j, i).toLowerCase().replace(/^\.+/, '');
}

export function splitSentences(line: Line): Sentence[] {
  const text = line.text;
  const out: Sentence[] = [];
  let start = 0;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    const at = i;
    let j = i + 1;
    while (j < n && (text[j] === '.' || CLOSERS.has(text[j]))) j++;
    // The rest of a run of dots and closing marks is decided here, once (runs of dots stay linear).
    const runEnd = j;
    i = runEnd - 1;
    if (j >= n || !isSpaceCode(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++;
    if (k >= n) continue;
    i = k - 1;
    let first = k;
    while (first < n && OPENERS.has(text[first])) first++;
    if (first >= n || !isUpperStart(text[first])) continue;
    if (c === '.' && isAbbreviation(wordBefore(text, at))) continue;
    out.push(makeSentence(line, start, j));
    start = k;
  }
  let end = n;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push(makeSentence(line, start, end));
  return out;
}

function makeSentence(line: Line, s: number, e: number): Sentence {
  return { start: line.start + s, end: line.start + e, text: line.text.slice(s, e), line: line.index };
}

/** Length in code units of the letter or digit at i, or 0. */
function wordCharAt(text: string, i: number): number {
  return charOfKindAt(text, i, LETTER | NUMBER);
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** End of the word starting at `start` (which holds a letter or digit). */
function wordEnd(text: string, start: number): number {
  const n = text.length;
  let j = start;
  for (;;) {
    let k: number;
    while (j < n && (k = wordCharAt(text, j)) > 0) j += k;
    if (j + 1 < n && isJoiner(text.charCodeAt(j)) && wordCharAt(text, j + 1) > 0) j++;
    else return j;
  }
}

/**
 * Calls `each(start, end)` for every word of `text`, in order. Words are runs of letters and digits
 * joined across one apostrophe, dot or hyphen ("don't", "U.S", "Xi-Putin"): what the Unicode regex
 * [\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)* finds. Every line is scanned several times, so this
 * is a loop over char codes instead of that regex (profiled: about 30% of analysis time went to it).
 */
export function eachWord(text: string, each: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; ) {
    const k = wordCharAt(text, i);
    if (k === 0) {
      i++;
      continue;
    }
    const end = wordEnd(text, i);
    each(i, end);
    i = end;
  }
}

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  eachWord(text, (s, e) => out.push({ start: base + s, end: base + e, text: text.slice(s, e) }));
  return out;
}

/** How many words (as `words` finds them), without building them. */
export function countWords(text: string): number {
  let n = 0;
  eachWord(text, () => n++);
  return n;
}

export const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into onto about over under after before ' +
    'between through during without within against among than then so that this these those there here ' +
    'it its it\'s he she they we you i me him her them us our your their his my mine is are was were be ' +
    'been being am do does did done have has had having will would shall should can could may might must ' +
    'not no nor only also just very more most less least such own same other another each every all any ' +
    'both few many much some what which who whom whose when where why how up down out off again further ' +
    'once said says say told new one two like get got make made via per while because until since'
  ).split(' '),
);

/** Lowercased content words, apostrophe-s stripped, for topic and overlap comparisons. */
export function contentWords(text: string): string[] {
  return scanWords(text).content;
}

/** The stopwords, for lookups by a stretch of text (see WordTable). */
const STOPWORD_TABLE = new WordTable(STOPWORDS);
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));

/**
 * Content words and the number of all words (as countWords counts them), in one pass. With
 * `stems`, each content word's stem is numbered in that table and the ids go to `ids` (no string
 * per word); without, the lowercased words go to `content`.
 */
function scanWords(text: string, stems?: WordTable): { content: string[]; ids: number[]; count: number } {
  const content: string[] = [];
  const ids: number[] = [];
  let count = 0;
  // Lowercase once per text, not once per word, when that gives the same words: when no letter
  // changes length ("İ") and there is no capital sigma (its lowercase depends on what follows).
  const lower = text.toLowerCase();
  const sameOffsets = lower.length === text.length && !text.includes('\u03A3');
  // eachWord's loop written out: every line of every file passes here, and a callback per word
  // cost a third of the scan.
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (wordCharAt(text, i) === 0) {
      i++;
      continue;
    }
    const s = i;
    const e = wordEnd(text, i);
    i = e;
    count++;
    const c = text.charCodeAt(s);
    if (c >= 48 && c <= 57) continue;
    // Apostrophe-s goes before the stopword test, as "it's" -> "it".
    const cut = e - s > 2 && (text.charCodeAt(e - 1) === 115 || text.charCodeAt(e - 1) === 83) && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019) ? e - 2 : e;
    // The lowercased word is lower[from, from + length); the word is lowercased whole, then cut
    // (a sigma before "'s" is not word-final).
    let src = lower;
    let from = s;
    if (!sameOffsets) {
      src = cut === e ? text.slice(s, e).toLowerCase() : text.slice(s, e).toLowerCase().slice(0, -2);
      from = 0;
    }
    const length = sameOffsets ? cut - s : src.length;
    if (length < 2 || (length <= LONGEST_STOPWORD && STOPWORD_TABLE.idOf(src, from, length, false) >= 0)) continue;
    if (stems) ids.push(stems.idOf(src, from, Math.min(STEM_LENGTH, length), true));
    else content.push(src.slice(from, from + length));
  }
  return { content, ids, count };
}

/** Lines up to this long are scanned whole for their stems (and their word count comes free). */
const STEMMED_CHARS = 4000;

/**
 * Stemmed content words of each line's first 4,000 characters, computed once per line (the
 * boilerplate topic model and the file's topic words both need them), with the line's word count
 * from the same scan. Stems are numbered per file (`word(id)` gives the stem), so the readers count
 * and compare numbers, not strings. Kept by line index: a WeakMap keyed by line objects cost more
 * in lookups and garbage collection than the words.
 */
export class LineStems {
  private table = new WordTable();
  private stems: (number[] | undefined)[] = [];
  private counts: number[] = [];
  /** distinct()'s marks per stem id. */
  private seen = new Int32Array(256);
  private stamp = 0;

  /** Stems numbered so far (ids are below this). */
  get size(): number {
    return this.table.size;
  }
  word(id: number): string {
    return this.table.word(id);
  }
  /** Stem ids of the line's content words, in order. */
  of(line: Line): number[] {
    return this.stems[line.index] ?? this.scan(line);
  }
  /** Stem ids of the whole line's content words: a longer line's are computed afresh, not kept. */
  ofWhole(line: Line): number[] {
    return line.text.length <= STEMMED_CHARS ? this.of(line) : scanWords(line.text, this.table).ids;
  }
  /** Words on the line, as countWords counts them. */
  wordCount(line: Line): number {
    if (line.text.length > STEMMED_CHARS) return countWords(line.text);
    if (!this.stems[line.index]) this.scan(line);
    return this.counts[line.index];
  }
  /** Each id once, in the order first met, across the lists. */
  distinct(lists: number[][]): number[] {
    if (this.seen.length < this.table.size) this.seen = new Int32Array(Math.max(this.table.size, this.seen.length * 2));
    if (++this.stamp === 2 ** 30) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const out: number[] = [];
    for (const ids of lists) {
      for (const id of ids) {
        if (this.seen[id] === this.stamp) continue;
        this.seen[id] = this.stamp;
        out.push(id);
      }
    }
    return out;
  }
  private scan(line: Line): number[] {
    const { ids, count } = scanWords(line.text.slice(0, STEMMED_CHARS), this.table);
    this.counts[line.index] = count;
    return (this.stems[line.index] = ids);
  }
}

/** Stems are a word's first five letters. */
const STEM_LENGTH = 5;

/** Crude stem so that Russia/Russian and talks/talk meet in topic and context comparisons. */
export function stemWord(w: string): string {
  return w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w;
}

const QUOTE_EDGE = new Set([' ', '\t', '\n', '\u00A0', '"', "'", '\u201C', '\u201D', '\u2018', '\u2019']);
const QUOTE_TAIL = new Set([...QUOTE_EDGE, '.', ',', ':', ';', '!', '?', '\u2026']);

/**
 * Trim spaces and quote marks (and sentence punctuation at the end): "“We will.”" -> "We will".
 * Loops, not a regex: one anchored at the end rescans a long run of marks from each of its characters.
 */
export function stripQuoteEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && QUOTE_EDGE.has(s[a])) a++;
  while (b > a && QUOTE_TAIL.has(s[b - 1])) b--;
  return s.slice(a, b);
}
