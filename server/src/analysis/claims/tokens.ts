/** A sentence's words and numbers as tokens, and the word tests every claim reading shares. */
import { LETTER, charOfKindAt } from '../text/chars';
import { SMALL, wordTable } from './numbers';

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_ABBR: Record<string, number> = wordTable({ jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 });

/** Parts of the day after a weekday ("on Sunday afternoon"): what the weekday is said of. */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
export const NOUN_STOP = new Set(['of', 'and', 'or', 'versus', 'vs', 'in', 'on', 'at', 'to', 'the', 'a', 'an', 'for', 'from', 'by', 'with', 'per', 'cent', 'percent', 'than', 'as', 'this', 'that', 'more', 'times', 'is', 'was', 'were', 'are', 'since', 'after', 'before', 'during', 'between', 'among', 'over', 'under', 'into', 'who', 'which', 'had', 'have', 'has', 'been', 'will', 'would', 'could', 'not', 'also', 'ago', 'earlier', 'later', 'year', 'years', 'times', 'each', 'other', 'said', 'says', 'are', 'be',
  // Conjunctions and adverbs: "scored 19681 while others lost" counts nothing.
  'while', 'when', 'where', 'whereas', 'because', 'though', 'although', 'unless', 'but', 'yet', 'then', 'there', 'here', 'all', 'both', 'now', 'still', 'just', 'only', 'even', 'again', 'too', 'very', 'against', 'through', 'until', 'within', 'without', 'about', 'around', 'across', 'via', 'out', 'off', 'down',
  // Pronouns: "aged 35-44 backed him" counts nothing ("it" and "us" read as "IT" and "US").
  'him', 'her', 'them', 'me', 'you', 'his', 'its', 'their', 'our', 'my', 'your']);

/**
 * Tokens: a number in digits with thousands commas and decimals, a word of letters joined by
 * apostrophes or hyphens, or a currency or percent sign; what the Unicode regex
 * \d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['\u2019-]\p{L}+)*|[$\u20AC\u00A3\u00A5%] finds, by a loop over char
 * codes (the regex was the largest single cost of claim extraction).
 */
export function tokenize(s: string, base: number): Tok[] {
  const out: Tok[] = [];
  const n = s.length;
  const digit = (j: number) => j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57;
  const letters = (j: number) => {
    let k: number;
    while (j < n && (k = charOfKindAt(s, j, LETTER)) > 0) j += k;
    return j;
  };
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let end = i;
    if (c >= 48 && c <= 57) {
      end = i + 1;
      while (digit(end)) end++;
      // "12,00,000": groups of two before the last three (Indian grouping).
      if (end - i <= 2) {
        let k = end;
        while (s.charCodeAt(k) === 44 && digit(k + 1) && digit(k + 2) && s.charCodeAt(k + 3) === 44) k += 3;
        if (k > end && digit(k + 1) && digit(k + 2) && digit(k + 3) && !digit(k + 4)) end = k;
      }
      while (s.charCodeAt(end) === 44 && digit(end + 1) && digit(end + 2) && digit(end + 3)) end += 4;
      if (s.charCodeAt(end) === 46 && digit(end + 1)) for (end += 2; digit(end); ) end++;
    } else if (charOfKindAt(s, i, LETTER) > 0) {
      end = letters(i);
      while (end + 1 < n && (s.charCodeAt(end) === 39 || s.charCodeAt(end) === 0x2019 || s.charCodeAt(end) === 45) && charOfKindAt(s, end + 1, LETTER) > 0) end = letters(end + 1);
    } else if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 37) end = i + 1;
    if (end === i) {
      i++;
      continue;
    }
    const text = s.slice(i, end);
    out.push({ text, lower: text.toLowerCase(), start: base + i, end: base + end });
    i = end;
  }
  return out;
}

/**
 * The weekday a capitalised token names, 0 for Monday, else -1; possessives too: "Thursday's
 * by-election" says when as "the by-election on Thursday" does.
 */
export function weekdayOf(t: Tok): number {
  if (t.text[0] === t.lower[0]) return -1;
  const possessive = t.lower.length >= 8 && t.lower.charCodeAt(t.lower.length - 1) === 115 && (t.lower[t.lower.length - 2] === "'" || t.lower[t.lower.length - 2] === '\u2019');
  return WEEKDAYS.indexOf(possessive ? t.lower.slice(0, -2) : t.lower);
}

/** A possessive's "'s" (or "s'"), straight or curly. */
export const POSSESSIVE_END = /['\u2019]s$/i;

export function monthOf(t: Tok): number {
  const full = MONTHS.indexOf(t.lower);
  if (full >= 0) return t.lower === 'may' && t.text === 'may' ? -1 : full;
  if (t.text[0] !== t.lower[0] && t.lower in MONTH_ABBR) return MONTH_ABBR[t.lower];
  return -1;
}

export const CAPITALISED_WORD = /^\p{Lu}\p{L}*$/u;

/** A number in digits or words: "35", "1,200", "nine". */
export const isCountWord = (t: Tok) => /^\d[\d,]*$/.test(t.text) || t.lower in SMALL;

/** The first token at or after `end` (a claim's end), looking from toks[i] on. */
export function tokenAfter(toks: Tok[], i: number, end: number): number {
  let k = i;
  while (k < toks.length && toks[k].start < end) k++;
  return k;
}

/** The index after a percent sign or word at toks[j] ("%", "percent", "per cent", a British paper's "pc"), or undefined. */
export function percentEnd(toks: Tok[], j: number): number | undefined {
  const t = toks[j]?.lower;
  if (t === '%' || t === 'percent' || t === 'pct' || toks[j]?.text === 'pc') return j + 1;
  if (t === 'per' && toks[j + 1]?.lower === 'cent') return j + 2;
  return undefined;
}

/**
 * The -es of a noun ending in x, sh, ss, zz, tch or a consonant and ch: "sixes", "crashes", "matches",
 * "branches" ("headaches" and "niches" are -e nouns, "avalanches" too).
 */
const SIBILANT_PLURAL = /(?:x|sh|ss|zz|tch|[nr]ch)es$/;

/** A counted noun's singular, its unit: "ferries" -> "ferry", "seats" -> "seat", "sixes" -> "six" ("series", "species", "glass" stay). */
export function singular(noun: string): string {
  if (noun.endsWith('ies') && noun.length > 4 && noun !== 'series' && noun !== 'species') return noun.slice(0, -3) + 'y';
  if (SIBILANT_PLURAL.test(noun) && noun !== 'avalanches') return noun.slice(0, -2);
  return noun.replace(/(?<=[^s])s$/, '');
}

/** Adjectives that stand between a number and its noun without an adjective's ending: "twelve main cables", "two extra ferries". */
const PRE_NOUN_ADJECTIVES = new Set('main major key top senior junior former extra further separate single double large small huge short long high low full whole entire other same straight running'.split(' '));

/** Participles a count of people stands before alone: "four injured", "12 wounded", "30 arrested". */
export const CASUALTIES = new Set('killed injured wounded arrested detained evacuated rescued displaced hospitalized hospitalised infected'.split(' '));

/** Plurals of people a noun before them may name the work of: "flight attendants", "police officers", "factory workers". */
const PEOPLE_HEADS = new Set('attendants officers workers employees staffers members students residents soldiers troops agents guards pilots drivers nurses doctors teachers volunteers firefighters passengers fans voters customers users subscribers engineers miners'.split(' '));

export function nounAfter(toks: Tok[], j: number, ordinal = false): Tok | undefined {
  for (let k = j; k < Math.min(toks.length, j + 3); k++) {
    const w = toks[k];
    if (!/^\p{L}/u.test(w.text)) return undefined;
    if (NOUN_STOP.has(w.lower)) return undefined;
    // An acronym before the noun modifies it: "18th NBA title", "500 IT workers"; so does a name
    // before a plural: "750 IndiGo flights", "12 Ukrainian soldiers" (not "three Republicans voted").
    const next = toks[k + 1];
    if (k === j && k > 0 && w.start === toks[k - 1].end + 1 && next?.start === w.end + 1 && !NOUN_STOP.has(next.lower)) {
      const acronym = /^\p{Lu}{2,5}$/u.test(w.text) && /^\p{Ll}{3,}$/u.test(next.text);
      const nameBeforePlural = /^\p{Lu}\p{L}+$/u.test(w.text) && /^\p{Ll}{3,}[^s]s$/u.test(next.text) && !/(?:ss|us)$/.test(next.text);
      if (acronym || nameBeforePlural) continue;
    }
    if (w.text[0] !== w.lower[0] && k > j) return undefined; // a name, not the counted noun
    if ((w.lower.length > 2 && !/(?:ly|al|ic|ive|ous|ed|est|ful|less|new|old|big)$/.test(w.lower) && !PRE_NOUN_ADJECTIVES.has(w.lower)) || k === j + 2) {
      // A noun before a plural of people modifies it: "10,000 flight attendants" counts attendants, not flights.
      if (!ordinal && next?.start === w.end + 1 && PEOPLE_HEADS.has(next.lower)) return next;
      return w;
    }
    // After an ordinal a word shaped like an adjective is the noun when no noun follows it: "his 10th
    // goal", "the third seed" ("the 5th annual festival" goes on to "festival"). After a count it is
    // not ("40 elderly in the home"), but for the casualties below.
    // (Past a bracket, a comma or any mark the next word is not this one's noun: "eight injured (video)".)
    const alone = !next || !/^\p{L}/u.test(next.text) || NOUN_STOP.has(next.lower) || next.start > w.end + 1;
    if (ordinal && w.lower.length > 2 && alone) return w;
    // Casualties counted by what befell them: "two killed and four injured when …" (not "three injured people").
    if (CASUALTIES.has(w.lower) && alone) return w;
  }
  return undefined;
}
