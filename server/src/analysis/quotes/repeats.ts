/**
 * A quote repeated in its own file: a pull quote ("“Their immune system behaves …”" set between
 * paragraphs), a caption quoting the body, a list heading quoting testimony. When its words lie
 * inside a quote the file attributes, it has that speaker: the reader has been told who said it.
 * When they stand in the file's own text outside quotes, it is the article quoting itself (an
 * editorial's pull quote): nobody else is speaking.
 */
import { upperBound } from '../sorted';
import { Line } from '../text/lines';
import { stripQuoteEdges, words } from '../text/segment';
import { Attribution } from './attribution';
import { normaliseWord } from './match';
import { QuotePart, QuoteSpan } from './spans';

interface RepeatQuote {
  attribution: Attribution;
  words: string[];
  /** The 0-based line the quote starts on. */
  line: number;
}

/** Characters compared at most per file: a file of thousands of distinct quotes stays linear. */
const COMPARE_BUDGET = 2_000_000;
/** Attributed quotes tried per unattributed one, through its rarest word. */
const MAX_TRIED = 32;

export function attributeRepeats(quotes: RepeatQuote[]): void {
  // Distinct attributed wordings, each padded with spaces so that a match starts and ends on words.
  const texts: string[] = [];
  const owner: RepeatQuote[] = [];
  const seen = new Set<string>();
  const byWord = new Map<string, number[]>();
  for (const q of quotes) {
    if (!q.attribution.attributed || q.words.length === 0) continue;
    const padded = ` ${q.words.join(' ')} `;
    if (seen.has(padded)) continue;
    seen.add(padded);
    const id = texts.push(padded) - 1;
    owner.push(q);
    for (const w of new Set(q.words)) {
      const list = byWord.get(w);
      if (list) list.push(id);
      else byWord.set(w, [id]);
    }
  }
  if (texts.length === 0) return;
  let budget = COMPARE_BUDGET;
  const found = new Map<string, RepeatQuote | undefined>();
  for (const q of quotes) {
    const a = q.attribution;
    if (a.attributed || !a.needsSpeaker || q.words.length === 0) continue;
    const padded = ` ${q.words.join(' ')} `;
    let src = found.get(padded);
    if (!found.has(padded)) {
      src = undefined;
      // Only quotes holding the quote's rarest word can hold the quote.
      let rarest: number[] | undefined;
      for (const w of q.words) {
        const list = byWord.get(w);
        if (!list) {
          rarest = undefined;
          break;
        }
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      for (const id of (rarest ?? []).slice(0, MAX_TRIED)) {
        if (budget <= 0) break;
        budget -= texts[id].length;
        if (texts[id].includes(padded)) {
          src = owner[id];
          break;
        }
      }
      found.set(padded, src);
    }
    if (!src) continue;
    a.attributed = true;
    a.speaker = src.attribution.speaker;
    a.guessed = src.attribution.guessed;
    a.cue = `repeats the quote on line ${src.line + 1}`;
  }
}

/** A quote this long found word for word in the file's own text is a pull quote, not a coincidence. */
const MIN_PULL_QUOTE_WORDS = 8;
/** Characters read by the lookups at most (each reads the whole text): a long file of quotes stays cheap. */
const SEARCH_BUDGET = 300_000;
/** Occurrences of one quote's words tried before giving up (the others are quotes themselves). */
const MAX_OCCURRENCES = 5;
/** How far from the words their sentence's ends are looked for. */
const SENTENCE_REACH = 400;

interface OwnWordsQuote {
  attribution: Attribution;
  words: string[];
  span: QuoteSpan;
}

/**
 * Quotes still without a speaker whose words stand in a sentence of the file's own text, outside
 * quotes, with no speech cue: the article quoting itself (an editorial's pull quote). Words
 * reported as speech ("…, adding that the timetable will not change") are someone's, and the quote
 * still needs that someone.
 */
export function attributeOwnWords(quotes: readonly OwnWordsQuote[], text: string, lines: readonly Line[], skip: (line: number) => boolean, cues: ReadonlySet<string>): void {
  if (text.length > SEARCH_BUDGET) return; // not even one lookup fits
  let budget = SEARCH_BUDGET;
  let own: OwnText | undefined; // built at the first quote that needs it: most files have none
  for (const q of quotes) {
    const a = q.attribution;
    if (a.attributed || !a.needsSpeaker || q.words.length < MIN_PULL_QUOTE_WORDS) continue;
    own ??= ownText(text, quotes, lines, skip);
    const core = stripQuoteEdges(q.span.text.toLowerCase());
    let found = -1;
    for (let n = 0, at = -1; n < MAX_OCCURRENCES && found < 0; n++) {
      if ((budget -= text.length) < 0) return;
      at = own.lower.indexOf(core, at + 1);
      if (at < 0) break;
      if (own.outsideQuotes(at)) found = at;
    }
    if (found < 0 || sentenceWords(text, found, found + core.length).some((w) => reportsSpeech(w, cues))) continue;
    a.attributed = true;
    a.cue = "the article's own words, quoted";
  }
}

/** The file's text case-folded, and whether an offset lies in its own words: outside every quote and every skipped line (page furniture). */
interface OwnText {
  lower: string;
  outsideQuotes: (at: number) => boolean;
}

function ownText(text: string, quotes: readonly OwnWordsQuote[], lines: readonly Line[], skip: (line: number) => boolean): OwnText {
  const parts: QuotePart[] = quotes.flatMap((x) => x.span.parts).sort((x, y) => x.start - y.start);
  const partStarts = parts.map((p) => p.start);
  const lineStarts = lines.map((l) => l.start);
  const outsideQuotes = (at: number) => {
    const k = upperBound(partStarts, at) - 1;
    return (k < 0 || parts[k].end <= at) && !skip(Math.max(0, upperBound(lineStarts, at) - 1));
  };
  return { lower: text.toLowerCase(), outsideQuotes };
}

/** The normalised words of the sentence around [from, to): back and on to the nearest sentence end or line break. */
function sentenceWords(text: string, from: number, to: number): string[] {
  let s = from;
  while (s > 0 && from - s < SENTENCE_REACH && !SENTENCE_END.test(text[s - 1])) s--;
  let e = to;
  while (e < text.length && e - to < SENTENCE_REACH && !SENTENCE_END.test(text[e])) e++;
  const out: string[] = [];
  for (const w of words(text.slice(s, e))) out.push(normaliseWord(w.text));
  return out;
}

const SENTENCE_END = /[.!?;\n]/;

/** Present-tense speech verbs in -s that are not also plural nouns ("protests", "claims", "reports" are). */
const SPEECH_IN_S = new Set('says tells writes adds argues insists warns explains recalls'.split(' '));

/** Cues only beside a quote ("“…,” he began, “…”"): in the article's own sentence "what began as a protest" reports no speech. */
const CUES_BESIDE_QUOTES = new Set(['began', 'begins']);

function reportsSpeech(w: string, cues: ReadonlySet<string>): boolean {
  return cues.has(w) && (!w.endsWith('s') || SPEECH_IN_S.has(w)) && !CUES_BESIDE_QUOTES.has(w);
}
