/**
 * A quote repeated in its own file: a pull quote ("“Their immune system behaves …”" set between
 * paragraphs), a caption quoting the body, a list heading quoting testimony. When its words lie
 * inside a quote the file attributes, it has that speaker: the reader has been told who said it.
 * When they stand in the file's own text outside quotes, it is the article quoting itself (an
 * editorial's pull quote): nobody else is speaking.
 */
import { Line, isBlank } from '../text/lines';
import { words } from '../text/segment';
import { Attribution } from './attribution';
import { normaliseWord } from './match';
import { QuoteSpan } from './spans';

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
/** Quotes looked up in the file's own text at most: the lookup reads the whole text each time. */
const MAX_PULL_QUOTES = 50;

/**
 * Quotes still without a speaker whose words stand in a sentence of the file's own text, outside
 * quotes, with no speech cue: the article quoting itself. Words reported as speech ("…, adding that
 * the timetable will not change") are someone's, and the quote still needs that someone.
 * `ownText` gives that text as unquotedWords builds it.
 */
export function attributeOwnWords(quotes: RepeatQuote[], ownText: () => string, cues: ReadonlySet<string>): void {
  let text: string | undefined;
  let tried = 0;
  for (const q of quotes) {
    const a = q.attribution;
    if (a.attributed || !a.needsSpeaker || q.words.length < MIN_PULL_QUOTE_WORDS) continue;
    if (tried++ >= MAX_PULL_QUOTES) return;
    text ??= ownText();
    const at = text.indexOf(` ${q.words.join(' ')} `);
    if (at < 0) continue;
    const from = text.lastIndexOf('\n', at) + 1;
    const to = text.indexOf('\n', at);
    if (text.slice(from, to < 0 ? text.length : to).split(' ').some((w) => reportsSpeech(w, cues))) continue;
    a.attributed = true;
    a.cue = "the article's own words, quoted";
  }
}

/**
 * The normalised words of the text outside quotes and skipped lines, space-separated, with a
 * newline (a word of its own) wherever a sentence, a quote or a line cuts the text.
 */
export function unquotedWords(text: string, lines: readonly Line[], quotes: readonly QuoteSpan[], skip: (line: number) => boolean): string {
  const parts = quotes.flatMap((q) => q.parts).sort((a, b) => a.start - b.start);
  const out: string[] = [];
  const add = (from: number, to: number) => {
    let end = from;
    for (const w of words(text.slice(from, to))) {
      if (SENTENCE_END.test(text.slice(end, from + w.start))) out.push('\n');
      out.push(normaliseWord(w.text));
      end = from + w.start + w.text.length;
    }
    out.push('\n');
  };
  let pi = 0;
  for (const line of lines) {
    if (skip(line.index) || isBlank(line.text)) continue;
    while (pi < parts.length && parts[pi].end <= line.start) pi++;
    let at = line.start;
    for (; pi < parts.length && parts[pi].start < line.end; pi++) {
      if (parts[pi].start > at) add(at, parts[pi].start);
      at = Math.max(at, parts[pi].end);
    }
    add(at, line.end);
  }
  return ` ${out.join(' ')} `;
}

const SENTENCE_END = /[.!?;]/;

/** Present-tense speech verbs in -s that are not also plural nouns ("protests", "claims", "reports" are). */
const SPEECH_IN_S = new Set('says tells writes adds argues insists warns explains recalls'.split(' '));

function reportsSpeech(w: string, cues: ReadonlySet<string>): boolean {
  return cues.has(w) && (!w.endsWith('s') || SPEECH_IN_S.has(w));
}
