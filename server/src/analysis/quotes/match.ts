/**
 * Quote wording against the sources: words normalised for case, quote marks, punctuation and
 * US/UK spelling; a quote that is part of a longer source quote matches it; otherwise a word
 * diff over the aligned stretch of the source quote ("brutally → violently, + the").
 */
import { SMALL } from '../claims/numbers';
import { isBmpWordCharAt } from '../text/chars';
import { eachWord } from '../text/segment';
import { CONTRACTION_TAIL } from './spans';

/** recognised/recognized, politicise/politicize, behaviour/behavior, centre/center, travelled/traveled, U.S./US. */
export function normaliseWord(w: string): string {
  let s = w.toLowerCase();
  // "five" and "5": house style decides how a number is written, not the speaker.
  const n = s.length <= 9 ? NUMBER_WORDS.get(s) : undefined;
  if (n !== undefined) return n;
  // "November 5th" and "November 5": a date's ordinal ending is house style, not the speaker's word.
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57 && s.length <= 6 && ORDINAL_DIGITS.test(s)) return s.slice(0, -2);
  // Each pattern is tried only when the letters it needs are there: most words have none of them,
  // and every quote word of every file passes here.
  if (s.includes('\u2019')) s = s.replace(/\u2019/g, "'");
  // "U.S." and "US", "a.m." and "am": an abbreviation with or without its dots is one word.
  if (s.includes('.')) s = s.replace(/\./g, '');
  if (s.length > 5) {
    if (s.includes('is')) s = s.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, 'iz$1');
    if (s.includes('our')) s = s.replace(/our(s|ed|ing|ite|ites|able)?$/, 'or$1');
    if (s.endsWith('re')) s = s.replace(/([^aeiou])re$/, '$1er');
    if (s.includes('ll')) s = s.replace(/([aeiou])ll(ed|ing|er|ers)$/, '$1l$2');
  }
  return s;
}

/** "1st", "22nd", "3rd", "15th". */
const ORDINAL_DIGITS = /^\d{1,4}(?:st|nd|rd|th)$/;

/** Number words one to twenty as digits ("dozen" and "hundred" are no digits in speech). */
const NUMBER_WORDS = new Map<string, string>();
for (const [word, value] of Object.entries(SMALL)) if (value >= 1 && value <= 20 && word !== 'dozen') NUMBER_WORDS.set(word, String(value));

/** Prefixes a house style writes with a hyphen or without ("co-operation", "e-mail", "re-elect"): one word either way. */
const JOINABLE_PREFIX = /^(?:co|re|pre|non|anti|multi|inter|semi|e)-\p{L}+$/iu;

/** A quote's words are read from its first this many characters (a runaway quote stays cheap). */
const QUOTE_CHARS = 20000;

/**
 * The quote's normalised words. Arrays kept in analyses are built by push, not map: map's result
 * is holey from optimised code and packed from the interpreter, and the readers of quote words
 * (shingles, candidates, verbatim test, alignment) each dropped their optimised code on meeting the
 * second kind (11 deoptimisations per cold CLI run, none after).
 */
export function quoteWords(text: string): string[] {
  const out: string[] = [];
  scanQuote(text, (word) => out.push(word === EDITED ? EDITED : normaliseWord(word)));
  return out;
}

export interface QuoteToken {
  text: string;
  start: number;
  end: number;
}

/** quoteWords' words (not normalised), each with the stretch of text it stands for: a fix replaces exactly what a diff names. */
export function quoteTokens(text: string, base = 0): QuoteToken[] {
  const out: QuoteToken[] = [];
  scanQuote(text, (word, start, end) => out.push({ text: word, start: base + start, end: base + end }));
  return out;
}

/**
 * The words a quote is compared by, in order, with the text each stands for. House style is not
 * the speaker's wording: "5%", "5 per cent" and "5 percent" read alike, as do "&" and "and", and
 * "long-term" and "long term", "7:35" and "7.35". Words in brackets are the writer's ("[The
 * council] has failed us" for "They have failed us", "(local time)"), and so is an ellipsis (words
 * left out): one stand-in, and a difference that takes it in is no change (see edited). A callback,
 * not an array of words: every quote of every file passes here.
 */
function scanQuote(text: string, emit: (word: string, start: number, end: number) => void): void {
  const head = text.length > QUOTE_CHARS ? text.slice(0, QUOTE_CHARS) : text;
  // Most quotes have none of the marks below: plain words, with no test per word.
  // (A double mark inside is a contraction's apostrophe typed wrong, "I”m": read below.)
  if (!SPECIAL.test(head) && !head.includes('\u201D') && !head.includes('"')) {
    eachWord(head, (s, e) => emit(head.slice(s, e), s, e));
    return;
  }
  const brackets: [number, number][] = [];
  if (head.includes('[') || head.includes('(')) {
    BRACKETED.lastIndex = 0;
    for (let m = BRACKETED.exec(head); m; m = BRACKETED.exec(head)) brackets.push([m.index, m.index + m[0].length]);
  }
  let b = 0;
  let prevEnd = -1;
  let skipCent = -1; // start of a "cent" already read with its "per"
  let skipMinutes = -1; // start of a clock time's minutes already read with its hour
  let skipTail = -1; // start of a contraction's ending already read with its word
  eachWord(head, (s, e) => {
    while (b < brackets.length && brackets[b][1] <= s) emit(EDITED, brackets[b][0], brackets[b++][1]);
    if (b < brackets.length && brackets[b][0] <= s) return; // inside a bracket: its stand-in comes when it ends
    if (s === skipCent) return;
    // "7:35" and "7.35": a clock time in either house style is one word ("7.35", as eachWord reads it).
    if (s === skipMinutes || s === skipTail) return;
    // "I”m": a double mark typed for the apostrophe (see findQuotes) joins the word as one.
    const mark = head.charCodeAt(e);
    if ((mark === 0x201d || mark === 0x22) && e > s) {
      const tail = CONTRACTION_TAIL.exec(head.slice(e + 1, e + 4));
      if (tail) {
        emit(`${head.slice(s, e)}'${tail[0]}`, s, e + 1 + tail[0].length);
        skipTail = e + 1;
        prevEnd = e + 1 + tail[0].length;
        return;
      }
    }
    if (head.charCodeAt(e) === 58 && isDigit(head.charCodeAt(e + 1)) && isDigit(head.charCodeAt(e + 2)) && !isDigit(head.charCodeAt(e + 3)) && /^\d{1,2}$/.test(head.slice(s, e))) {
      emit(`${head.slice(s, e)}.${head.slice(e + 1, e + 3)}`, s, e + 3);
      skipMinutes = e + 1;
      prevEnd = e + 3;
      return;
    }
    if (prevEnd >= 0 && AMPERSAND.test(head.slice(prevEnd, s))) emit('and', head.indexOf('&', prevEnd), head.indexOf('&', prevEnd) + 1);
    // "… wait in the fog ... we will not ask …": words the writer left out, an edit as a bracket is.
    if (prevEnd >= 0) {
      const gap = ELLIPSIS.exec(head.slice(prevEnd, s));
      if (gap) emit(EDITED, prevEnd + gap.index, prevEnd + gap.index + gap[0].length);
    }
    prevEnd = e;
    const w = head.slice(s, e);
    if (e - s === 3 && w.toLowerCase() === 'per' && head.slice(e, e + 5).toLowerCase() === ' cent' && !isBmpWordCharAt(head, e + 5)) {
      emit('percent', s, e + 5);
      skipCent = e + 1;
      prevEnd = e + 5;
      return;
    }
    if (w.includes('-') && JOINABLE_PREFIX.test(w)) emit(w.replace('-', ''), s, e); // "co-operation" is "cooperation"
    else if (w.includes('-')) {
      let from = s;
      for (const part of w.split('-')) {
        if (part) emit(part, from, from + part.length);
        from += part.length + 1;
      }
    } else emit(w, s, e);
    const sign = head[e] === '%' ? e : head[e] === ' ' && head[e + 1] === '%' ? e + 1 : -1;
    if (sign >= 0 && isDigit(head.charCodeAt(e - 1))) {
      emit('percent', sign, sign + 1);
      prevEnd = sign + 1;
    }
  });
  while (b < brackets.length) emit(EDITED, brackets[b][0], brackets[b++][1]);
}

/** Marks scanQuote treats specially: brackets, a percent sign, "per cent", an ampersand, a hyphen, an ellipsis, a clock time (and double marks, tested apart). */
const SPECIAL = /[[(%&\u2026-]|\.\s?\.\s?\.|\bper cent\b|\d:\d/i;
/** An ellipsis between two words of a quote: "...", ". . .", "…". */
const ELLIPSIS = /\u2026|\.\s?\.\s?\./;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** "&" alone between two words. */
const AMPERSAND = /^\s+&\s+$/;

/**
 * The writer's words inside a quote: "[The council] has failed us", and a note in round brackets,
 * "At 7:35 this morning (local time), …": one outlet adds it, the others quote the speaker without.
 */
const BRACKETED = /\[[^\]\n]{1,80}\]|\([^()\n]{1,80}\)/g;
export const EDITED = 'qqeditedqq';

/** A diff step that takes in a bracketed insertion or an ellipsis on either side: the writer's edit, not a changed word. */
export function edited(o: DiffOp): boolean {
  return (o.mine?.includes(EDITED) ?? false) || (o.theirs?.includes(EDITED) ?? false);
}

export interface DiffOp {
  op: 'same' | 'add' | 'del' | 'sub';
  mine?: string;
  theirs?: string;
}

export interface Alignment {
  /** Share of my words found in order in the source stretch. */
  similarity: number;
  /** True when my words stand contiguously, in order, in the source. */
  contained: boolean;
  ops: DiffOp[];
  /** Source word index range [from, to) that aligns with the quote. */
  from: number;
  to: number;
}

let table = new Uint16Array(4096);

/** Longest common subsequence alignment of a (the quote) against b (a source quote). */
export function align(a: string[], b: string[]): Alignment {
  if (a.length === 0 || b.length === 0) return { similarity: 0, contained: false, ops: [], from: 0, to: 0 };
  if (containsRun(b, a)) {
    const ops: DiffOp[] = [];
    for (const w of a) ops.push({ op: 'same', mine: w, theirs: w });
    return { similarity: 1, contained: true, ops, from: 0, to: 0 };
  }
  const n = a.length;
  const m = b.length;
  // One flat table, reused between calls: allocating a row per word cost more than filling it.
  const w = m + 1;
  const size = (n + 1) * w;
  if (table.length < size) table = new Uint16Array(Math.max(size, table.length * 2));
  const dp = table;
  dp.fill(0, n * w, size); // the last row
  for (let i = n - 1; i >= 0; i--) {
    const row = i * w;
    dp[row + m] = 0;
    for (let j = m - 1; j >= 0; j--) {
      dp[row + j] = a[i] === b[j] ? dp[row + w + j + 1] + 1 : Math.max(dp[row + w + j], dp[row + j + 1]);
    }
  }
  const lcs = dp[0];
  // Walk the table; only the stretch of b between the first and last match counts.
  const raw: DiffOp[] = [];
  let i = 0;
  let j = 0;
  let first = -1;
  let last = -1;
  // Past an ellipsis of mine (or of the source's) the words it left out are skipped as far as an
  // equally long alignment allows: "loss in the room ... You have no doubts" leaves out all of
  // "During the debate you have weighed every option", not just its start, with "you have" matched
  // early and the rest read as words dropped.
  let gapMine = false;
  let gapTheirs = false;
  while (i < n && j < m) {
    // Before the first match, a source word that an equally long alignment can skip is skipped: the
    // stretch then starts where the quote does, not at an early "we" of a long source quote.
    if ((first < 0 || gapMine) && a[i] === b[j] && dp[i * w + j + 1] === dp[i * w + j]) {
      raw.push({ op: 'del', theirs: b[j] });
      j++;
    } else if ((first < 0 || gapTheirs) && a[i] === b[j] && dp[(i + 1) * w + j] === dp[i * w + j]) {
      // So is a word of mine: the stretch starts at the later "in" of "in our country? In Tulsa",
      // not with "our country" read as words added inside it.
      raw.push({ op: 'add', mine: a[i] });
      i++;
    } else if (a[i] === b[j]) {
      if (first < 0) first = j;
      last = j;
      raw.push({ op: 'same', mine: a[i], theirs: b[j] });
      i++;
      j++;
      gapMine = gapTheirs = false;
    } else if (dp[(i + 1) * w + j] >= dp[i * w + j + 1]) {
      if (a[i] === EDITED) gapMine = true;
      raw.push({ op: 'add', mine: a[i] });
      i++;
    } else {
      if (b[j] === EDITED) gapTheirs = true;
      raw.push({ op: 'del', theirs: b[j] });
      j++;
    }
  }
  while (i < n) raw.push({ op: 'add', mine: a[i++] });
  // Drop source words outside the aligned stretch: a quote may be part of a longer source quote.
  let idx = 0;
  const ops: DiffOp[] = [];
  for (const o of raw) {
    if (o.op === 'del') {
      const pos = idx++;
      if (pos < first || pos > last) continue;
    } else if (o.op === 'same') idx++;
    ops.push(o);
  }
  if (first < 0) return { similarity: lcs / n, contained: false, ops: mergeSubs(ops), from: 0, to: 0 };
  // A conjunction of mine matched alone at the stretch's start, source words apart from the rest:
  // "And to my darling Mama" against "… understanding and example. To my darling Mama". The "and"
  // opens my quote; the source's is two words back.
  // So too the other way: the source's opening "And" matched to my "and" two words before the rest
  // ("… guidance and example. To my darling Mama" against "And to my darling Mama").
  const f = ops.findIndex((o) => o.op === 'same');
  if (f >= 0 && f + 2 < ops.length && LEADING_CONJUNCTIONS.has(ops[f].mine!) && ops[f + 1].op !== 'same') {
    const gap = ops[f + 1].op;
    let k = f + 1;
    while (k < ops.length && ops[k].op === gap) k++;
    if (ops[k]?.op === 'same') {
      if (gap === 'del') {
        ops.splice(f, k - f, { op: 'add', mine: ops[f].mine });
        first += k - f;
      } else {
        ops[f] = { op: 'add', mine: ops[f].mine };
        first += 1;
      }
    }
  }
  // A conjunction opening my quote where the source's quote starts later ("And to my darling Mama"
  // against "To my darling Mama"): the quote picks up the sentence, no word changed.
  while (ops.length > 1 && ops[0].op === 'add' && LEADING_CONJUNCTIONS.has(ops[0].mine!) && ops[1].op === 'same') ops.shift();
  const from = first - changedAtEdge(ops, b, first, -1, lcs);
  const to = last + 1 + changedAtEdge(ops, b, last + 1, 1, lcs);
  return { similarity: lcs / n, contained: false, ops: mergeSubs(ops), from, to };
}

/** Words a partial quote may open with beyond its source's: it picks up the speaker's sentence there. */
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'or']);

/** At most this many words of mine at an edge of the aligned stretch read as changed source words, */
const EDGE_CHANGE_WORDS = 2;
/**
 * and only with this many same words per edge word (and MIN_SAME_FOR_EDGE in all): "Bad, bad things
 * are going to happen" shares a phrase with "then good things are going to happen", not a quote.
 */
const SAME_PER_EDGE_WORD = 4;
const MIN_SAME_FOR_EDGE = 6;

/**
 * My last (or first) word or two beyond the aligned stretch, where the source quote goes on with
 * other words, are those words changed, not an extra: "acted on orders" against "acted on
 * instructions". The source words join ops (as deletions) and the stretch; returns how many.
 */
function changedAtEdge(ops: DiffOp[], b: string[], at: number, dir: 1 | -1, same: number): number {
  let extra = 0;
  if (dir > 0) while (extra < ops.length && ops[ops.length - 1 - extra].op === 'add') extra++;
  else while (extra < ops.length && ops[extra].op === 'add') extra++;
  const available = dir > 0 ? b.length - at : at;
  if (extra === 0 || extra > EDGE_CHANGE_WORDS || available === 0 || same < MIN_SAME_FOR_EDGE || same < SAME_PER_EDGE_WORD * extra) return 0;
  // The source's last word or two, all of them, when that is all it has left: "perpetrated on
  // humanity" against "perpetrated on the world" changed "the world", not "the".
  const k = available <= EDGE_CHANGE_WORDS ? available : Math.min(extra, available);
  const taken = dir > 0 ? b.slice(at, at + k) : b.slice(at - k, at);
  const dels = taken.map((t): DiffOp => ({ op: 'del', theirs: t }));
  if (dir > 0) ops.splice(ops.length - extra, 0, ...dels);
  else ops.unshift(...dels);
  return k;
}

/** True when `needle` stands contiguously, in order, in `hay`. */
export function containsRun(hay: string[], needle: string[]): boolean {
  outer: for (let s = 0; s + needle.length <= hay.length; s++) {
    for (let k = 0; k < needle.length; k++) if (hay[s + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** A run of deletions and additions between equal words reads best as one substitution: "an open → a blank". */
function mergeSubs(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (let k = 0; k < ops.length; ) {
    if (ops[k].op === 'same') {
      out.push(ops[k++]);
      continue;
    }
    const adds: string[] = [];
    const dels: string[] = [];
    while (k < ops.length && ops[k].op !== 'same') {
      if (ops[k].op === 'add') adds.push(ops[k].mine!);
      else dels.push(ops[k].theirs!);
      k++;
    }
    // "hell-bent" (two words, as hyphens split) and "hellbent", "every day" and "everyday": one
    // compound written open or closed, the house style's choice, not a changed word.
    if (adds.length && dels.length && adds.join('') === dels.join('')) out.push({ op: 'same', mine: adds.join(' '), theirs: dels.join(' ') });
    else if (adds.length && dels.length) out.push({ op: 'sub', mine: adds.join(' '), theirs: dels.join(' ') });
    else if (adds.length) out.push({ op: 'add', mine: adds.join(' ') });
    else out.push({ op: 'del', theirs: dels.join(' ') });
  }
  return out;
}

/**
 * Each word of quoteWords(text) mapped to the text's own spelling of it ("harbor" -> "harbour"):
 * the first lower-case one when there is one, so "The" opening a sentence shows as "the".
 */
export function spellings(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of quoteTokens(text)) {
    const n = normaliseWord(w.text);
    const known = out.get(n);
    if (known === undefined || (known[0] !== known[0].toLowerCase() && w.text[0] === w.text[0].toLowerCase())) out.set(n, w.text);
  }
  return out;
}

/**
 * "brutally → violently, + the": how the source would have to change to read like the quote. Words
 * the quote only puts elsewhere read "moved: …" (an alignment shows them as taken out and put in).
 * With `mine` and `theirs` (see spellings) words are shown as each text spells them, not normalised.
 */
export function describeDiff(ops: DiffOp[], mine?: Map<string, string>, theirs?: Map<string, string>): string {
  const show = (joined: string, spelt?: Map<string, string>) => (spelt ? joined.split(' ').map((w) => spelt.get(w) ?? w).join(' ') : joined);
  const added = new Set<string>();
  for (const o of ops) if (o.op === 'add') added.add(o.mine!);
  const moved = new Set<string>();
  for (const o of ops) if (o.op === 'del' && added.has(o.theirs!)) moved.add(o.theirs!);
  const parts: string[] = [];
  for (const o of ops) {
    if (edited(o)) continue;
    if (o.op === 'sub') parts.push(`${show(o.theirs!, theirs)} \u2192 ${show(o.mine!, mine)}`);
    else if (o.op === 'add') parts.push(`${moved.has(o.mine!) ? 'moved:' : '+'} ${show(o.mine!, mine)}`);
    else if (o.op === 'del' && !moved.has(o.theirs!)) parts.push(`\u2212 ${show(o.theirs!, theirs)}`);
  }
  return parts.join(', ');
}
