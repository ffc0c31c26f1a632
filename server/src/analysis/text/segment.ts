/**
 * Paragraphs, sentences and words with exact offsets. Scraped news puts one paragraph on each line,
 * so a paragraph is one non-blank line; sentences split on terminal punctuation that is not part of
 * an abbreviation ("Mr.", "U.S.", "Dec.") or an initial ("J. Smith").
 */
import { Line } from './lines';

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
    'u.s u.k u.n e.u u.s.a d.c n.y l.a mt ft'
  ).split(' '),
);

const CLOSERS = new Set(['"', '\u201D', '\u2019', "'", ')', ']', '\u00BB']);
const OPENERS = new Set(['"', '\u201C', '\u2018', "'", '(', '[', '\u00AB']);

function isUpperStart(ch: string): boolean {
  return ch !== ch.toLowerCase() || /[0-9]/.test(ch);
}

/** The word just before position i (letters, digits and inner dots), lowercased. */
function wordBefore(text: string, i: number): string {
  let j = i;
  // Abbreviations are short: looking further back only costs time on runs of dots.
  while (j > 0 && i - j < 40 && /[\p{L}\p{N}.]/u.test(text[j - 1])) j--;
  return text.slice(j, i).toLowerCase().replace(/^\.+/, '');
}

export function splitSentences(line: Line): Sentence[] {
  const text = line.text;
  const out: Sentence[] = [];
  let start = 0;
  while (start < text.length && /\s/.test(text[start])) start++;
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
    if (j >= n || !/\s/.test(text[j])) continue;
    let k = j;
    while (k < n && /\s/.test(text[k])) k++;
    if (k >= n) continue;
    i = k - 1;
    let first = k;
    while (first < n && OPENERS.has(text[first])) first++;
    if (first >= n || !isUpperStart(text[first])) continue;
    if (c === '.') {
      const w = wordBefore(text, at);
      if (ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w)) continue;
    }
    out.push(makeSentence(line, start, j));
    start = k;
  }
  let end = n;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push(makeSentence(line, start, end));
  return out;
}

function makeSentence(line: Line, s: number, e: number): Sentence {
  return { start: line.start + s, end: line.start + e, text: line.text.slice(s, e), line: line.index };
}

const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*/gu;

export function words(text: string, base = 0): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    out.push({ start: base + m.index, end: base + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** How many words (as `words` finds them), without building them. */
export function countWords(text: string): number {
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text)) n++;
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
  const out: string[] = [];
  // Hot path (every line and sentence): no Word objects, no regex for the common case.
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    let lw = m[0].toLowerCase();
    const last = lw.length - 1;
    if (last > 0 && lw[last] === 's' && (lw[last - 1] === "'" || lw[last - 1] === '\u2019')) lw = lw.slice(0, last - 1);
    const c = lw.charCodeAt(0);
    if (lw.length < 2 || (c >= 48 && c <= 57) || STOPWORDS.has(lw)) continue;
    out.push(lw);
  }
  return out;
}

const stemsCache = new WeakMap<Line, string[]>();

/**
 * Stemmed content words of a line's first 4,000 characters, computed once per line object (the
 * boilerplate topic model and the file's topic words both need them).
 */
export function lineStems(line: Line): string[] {
  let out = stemsCache.get(line);
  if (!out) {
    out = contentWords(line.text.slice(0, 4000)).map(stemWord);
    stemsCache.set(line, out);
  }
  return out;
}

/** Crude stem so that Russia/Russian and talks/talk meet in topic and context comparisons. */
export function stemWord(w: string): string {
  return w.length > 5 ? w.slice(0, 5) : w;
}
