/**
 * Finds direct quotations: straight and curly double quotes, guillemets either way round («…», »…«),
 * British single quotes told apart from apostrophes (Xi's, '90s, rock 'n' roll), nested quotes,
 * mixed pairs (“ … ") and AP-style quotes that run over paragraphs (no closing mark at the end of a
 * paragraph, a new opening mark on the next). One linear pass per line over char codes; no regular
 * expression per character.
 */
import { isBmpWordCharAt, isSpaceCode } from '../text/chars';
import { Line, isBlank } from '../text/lines';
import { isCaption } from '../boilerplate/shape';

export interface QuotePart {
  /** Offsets of the marks (start at the opening mark, end after the closing mark, or end of paragraph). */
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  line: number;
}

export interface QuoteSpan {
  parts: QuotePart[];
  /** The quoted words, parts joined by a space. */
  text: string;
  style: 'double' | 'single';
}

export interface UnbalancedMark {
  offset: number;
  line: number;
  /** 'reversed': a closing mark typed where a quote opens (”Like this,” she said), or an opening one where it closes; read as the mark meant. */
  kind: 'unclosed' | 'unopened' | 'reversed';
  /** Where the missing mark probably belongs (for 'reversed', the mark itself). */
  suggestion: number;
}

const STRAIGHT_DOUBLE = 0x22;
const STRAIGHT_SINGLE = 0x27;
const LEFT_DOUBLE = 0x201c;
const RIGHT_DOUBLE = 0x201d;
const LEFT_SINGLE = 0x2018;
const RIGHT_SINGLE = 0x2019;
const LEFT_GUILLEMET = 0xab;
const RIGHT_GUILLEMET = 0xbb;
/** „ opens German, Polish and Czech quotes, closed by “ (or ”). */
const LOW_DOUBLE = 0x201e;
const EQUALS = 0x3d;

const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;
const isDoubleMark = (c: number) => c === STRAIGHT_DOUBLE || c === LEFT_DOUBLE || c === RIGHT_DOUBLE;
/** " ' « » ‘ ’ “ ” „: the marks LineMarks reads; every other character passes it by. */
const isQuoteMarkCode = (c: number) => c === STRAIGHT_DOUBLE || c === STRAIGHT_SINGLE || c === LEFT_GUILLEMET || c === RIGHT_GUILLEMET || c === LEFT_SINGLE || c === RIGHT_SINGLE || c === LEFT_DOUBLE || c === RIGHT_DOUBLE || c === LOW_DOUBLE;

/** Index of the last character of t that is neither a space nor `mark` (-1 when none). */
function lastOtherThan(t: string, mark: number): number {
  let k = t.length - 1;
  while (k >= 0 && (t.charCodeAt(k) === mark || isSpaceCode(t.charCodeAt(k)))) k--;
  return k;
}

/** A letter or digit at i (false before the start and past the end). */
const isLetterAt = (t: string, i: number) => i >= 0 && i < t.length && isBmpWordCharAt(t, i);
/** Where a straight double quote opens: the line start, a space, a bracket or a dash before it. */
function opensAfter(t: string, i: number): boolean {
  if (i < 0) return true;
  const c = t.charCodeAt(i);
  return isSpaceCode(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2f || c === 0x2d;
}
/**
 * A straight double quote glued to the end of a sentence before it and to a capital after it, with
 * no quote open: a quote opening after text the page ran into it ("Loading...\"I know …"); or
 * glued to words on both sides, a space lost before it (wrote on X that the earthquake\"has caused …").
 */
function opensGlued(t: string, i: number): boolean {
  const before = t.charCodeAt(i - 1);
  if ((before === 0x2e || before === 0x2026 || before === 0x21 || before === 0x3f) && /\p{Lu}/u.test(t[i + 1] ?? '')) return true;
  return isLetterAt(t, i - 1) && isLetterAt(t, i + 1) && !isDigitCode(before);
}
/** What follows the apostrophe of "I'm", "don't", "it's", "we're", "I've", "I'll", "I'd". */
export const CONTRACTION_TAIL = /^(?:m|s|t|d|re|ve|ll)(?![\p{L}\p{N}])/u;
const ELISIONS = /^(?:n'|em\b|til\b|tis\b|twas\b|cause\b|bout\b|\d)/i;

export function findQuotes(text: string, lines: Line[], skipLine: (line: number) => boolean): { quotes: QuoteSpan[]; unbalanced: UnbalancedMark[] } {
  const quotes: QuoteSpan[] = [];
  const unbalanced: UnbalancedMark[] = [];
  let carried: QuoteSpan | undefined; // an AP quote running on from the previous paragraph

  /** Adds a quote part: it continues the carried AP quote when it opens the paragraph, else starts a quote. */
  const pushPart = (part: QuotePart, style: 'double' | 'single', paragraphOpening: number): QuoteSpan => {
    const content = text.slice(part.contentStart, part.contentEnd);
    if (carried && style === carried.style && part.start === paragraphOpening) {
      const q = carried;
      q.parts.push(part);
      q.text += ' ' + content;
      carried = undefined;
      return q;
    }
    const q: QuoteSpan = { parts: [part], text: content, style };
    quotes.push(q);
    return q;
  };

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (isBlank(line.text) || skipLine(li)) continue;
    const t = line.text;
    const base = line.start;
    let firstMark = 0;
    while (firstMark < t.length && isSpaceCode(t.charCodeAt(firstMark))) firstMark++;
    const opening = base + firstMark;
    const first = t.charCodeAt(firstMark);
    // A photo caption between the paragraphs of a running quote ("… (Image: GETTY)") does not end it.
    if (carried && !isDoubleMark(first) && isCaption(t.trim())) continue;
    const continues = carried?.style === 'single' ? first === LEFT_SINGLE : first === LEFT_DOUBLE || first === STRAIGHT_DOUBLE || first === LEFT_GUILLEMET || first === LOW_DOUBLE;
    if (carried && !continues) {
      // The previous paragraph's quote never closed and this one does not continue it.
      const last = carried.parts[carried.parts.length - 1];
      if (!cutOff(lines[last.line].text)) unbalanced.push({ offset: last.start, line: last.line, kind: 'unclosed', suggestion: lastSentenceEnd(text, last) });
      carried = undefined;
    }

    const marks = new LineMarks(t, base, li, firstMark, opening, unbalanced, pushPart);
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      // Most characters are none of the marks: one test each, so the mark handling stays off the hot path.
      if (c === 0x3a || c === 0x2c) {
        if (t.charCodeAt(i + 1) === 0x20) marks.lastSeparator = i;
      } else if (isQuoteMarkCode(c)) i = marks.read(i, c);
    }
    const { inner, dbl, sgl } = marks;
    if (inner >= 0) unbalanced.push({ offset: base + inner, line: li, kind: 'unclosed', suggestion: base + lastOtherThan(t, -1) + 1 });
    if (dbl >= 0) carried = pushPart({ start: base + dbl, end: line.end, contentStart: base + dbl + 1, contentEnd: line.end, line: li }, 'double', opening);
    // A British run-on quote in single marks: ‘ never closed here, and the next paragraph opening
    // with ‘ goes on with it (‘… thank you. / ‘Thank you for your love …’). Only then: a lone ‘
    // left open is more often an apostrophe typed the wrong way.
    else if (sgl >= 0 && t.charCodeAt(sgl) === LEFT_SINGLE && nextParagraphOpensWith(lines, li, skipLine, LEFT_SINGLE)) {
      carried = pushPart({ start: base + sgl, end: line.end, contentStart: base + sgl + 1, contentEnd: line.end, line: li }, 'single', opening);
    }
  }
  if (carried) {
    const last = carried.parts[carried.parts.length - 1];
    // The text's last paragraph stopping mid-sentence ("… a 53-year-old white British man from", "…
    // health insurance benefits, and more,"): the page was cut there.
    const cutAtEnd = MID_SENTENCE_END.test(lines[last.line].text.trimEnd()) && nextParagraph(lines, last.line, skipLine) === lines.length;
    if (!cutOff(lines[last.line].text) && !cutAtEnd) unbalanced.push({ offset: last.start, line: last.line, kind: 'unclosed', suggestion: lastSentenceEnd(text, last) });
  }
  return { quotes, unbalanced };
}

/**
 * The quote marks of one line read so far: which quote is open where, and facts about the line
 * found once, when a mark first needs them. Only quote marks reach it (see findQuotes).
 */
class LineMarks {
  // Offsets of the open double and single marks on this line, -1 when none is open.
  dbl = -1;
  sgl = -1;
  lowOpened = false; // the open double quote began with „ and closes with “
  guillemetOpened = false; // the open quote began with » and closes with « or » (German, Danish, Swedish)
  // A quote inside the open one, of the other double style ("He said “no” twice", “the "Big" plan”)
  // or a curly one in a curly one with closing marks enough for both (“what he calls “hell” here”):
  // the offset of its opening mark, -1 when none is open. It is part of the outer quote's text.
  inner = -1;
  innerCloser = 0;
  // Curly marks on the line, and how many were passed: whether a nested “ and the quote around it
  // can both be closed (every “ still to come needs its ”, and the outer quote one more).
  leftsOnLine = -1;
  rightsOnLine = -1;
  leftsPassed = 0;
  rightsPassed = 0;
  // A guillemet past these indexes has only spaces and more of itself after it: an arrow ("Read
  // More »»", "Back to Top «"). Found once per line, so a line of marks stays linear.
  tailOfRight = -2;
  tailOfLeft = -2;
  // The line's last closing double mark, found once: a ” in opening position before it is a reversed opening mark.
  lastCloser = -2;
  // The line's last guillemet typed after a word, found once: a » before a word and before it opens a quote.
  lastGuillemetCloser = -2;
  // The line's last character that is not a space, found once: a “ there closes (“… price stability. “).
  lastNonSpace = -2;
  /** The last ": " or ", " passed, where an unopened quote most likely began. */
  lastSeparator = -1;

  constructor(
    readonly t: string,
    readonly base: number,
    readonly li: number,
    readonly firstMark: number,
    readonly opening: number,
    readonly unbalanced: UnbalancedMark[],
    readonly pushPart: (part: QuotePart, style: 'double' | 'single', paragraphOpening: number) => QuoteSpan,
  ) {}

  /** Reads the quote mark c at t[i]; returns the index read up to (past an attribute's value, say). */
  read(i: number, c: number): number {
    const { t, base, li, firstMark, opening, unbalanced } = this;
    if (c === RIGHT_DOUBLE) this.rightsPassed++;
    else if (c === LEFT_DOUBLE) this.leftsPassed++;
    // Markup pasted with the text (<a href="…">, [button link=”…”]): an attribute value, not a quote.
    if (isDoubleMark(c) && i > 0 && t.charCodeAt(i - 1) === EQUALS && this.dbl < 0) {
      let k = i + 1;
      while (k < t.length && !isDoubleMark(t.charCodeAt(k))) k++;
      return k;
    }
    // A double mark typed for an apostrophe inside a contraction ("I”m", "don"t"): no quote mark.
    if ((c === RIGHT_DOUBLE || c === STRAIGHT_DOUBLE) && isLetterAt(t, i - 1) && !isDigitCode(t.charCodeAt(i - 1)) && CONTRACTION_TAIL.test(t.slice(i + 1, i + 4))) return i;
    if (this.guillemetOpened) {
      // »Wir warten nicht« (German, Danish) or »vi väntar inte» (Swedish): marks of other kinds inside are the quote's own.
      if (c === LEFT_GUILLEMET || c === RIGHT_GUILLEMET) {
        this.pushPart({ start: base + this.dbl, end: base + i + 1, contentStart: base + this.dbl + 1, contentEnd: base + i, line: li }, 'double', opening);
        this.dbl = -1;
        this.guillemetOpened = false;
      }
      return i;
    }
    if (this.dbl < 0 && c === RIGHT_GUILLEMET && opensAfter(t, i - 1) && isLetterAt(t, i + 1)) {
      if (this.lastGuillemetCloser === -2) this.lastGuillemetCloser = lastGuillemetAfterWord(t);
      if (this.lastGuillemetCloser > i) {
        this.dbl = i;
        this.sgl = -1;
        this.guillemetOpened = true;
        return i;
      }
    }
    // Guillemets at the edge of a line with no quote open are arrows: "Read More »", "» Next", "Back to Top «".
    if (this.dbl < 0 && c === RIGHT_GUILLEMET) {
      if (this.tailOfRight === -2) this.tailOfRight = lastOtherThan(t, RIGHT_GUILLEMET);
      if (i === firstMark || i > this.tailOfRight) return i;
    }
    if (this.dbl < 0 && c === LEFT_GUILLEMET) {
      if (this.tailOfLeft === -2) this.tailOfLeft = lastOtherThan(t, LEFT_GUILLEMET);
      if (i > this.tailOfLeft) return i;
    }
    // “…51 percent.“ at the end of a quote, or “… price stability. “ ending the paragraph: a reversed
    // closing mark, read as the closing one.
    if (c === LEFT_DOUBLE && this.dbl >= 0 && this.lastNonSpace === -2) this.lastNonSpace = t.trimEnd().length - 1;
    const reversedCloser = this.dbl >= 0 && this.inner < 0 && !this.lowOpened && c === LEFT_DOUBLE && ((!opensAfter(t, i - 1) && !isLetterAt(t, i + 1)) || i === this.lastNonSpace);
    if (this.dbl >= 0 && !this.lowOpened && !reversedCloser && isDoubleMark(c)) {
      const outer = t.charCodeAt(this.dbl);
      if (this.inner >= 0) {
        if (c === this.innerCloser) {
          this.inner = -1;
          return i;
        }
        // The outer quote closes (or a new one opens) with the inner one still open.
        unbalanced.push({ offset: base + this.inner, line: li, kind: 'unclosed', suggestion: base + i });
        this.inner = -1;
      } else if (outer === STRAIGHT_DOUBLE ? c === LEFT_DOUBLE : c === STRAIGHT_DOUBLE && opensAfter(t, i - 1) && isLetterAt(t, i + 1)) {
        this.inner = i;
        this.innerCloser = outer === STRAIGHT_DOUBLE ? RIGHT_DOUBLE : STRAIGHT_DOUBLE;
        return i;
      } else if (outer === LEFT_DOUBLE && c === LEFT_DOUBLE) {
        if (this.rightsOnLine < 0) {
          this.rightsOnLine = countOf(t, RIGHT_DOUBLE);
          this.leftsOnLine = countOf(t, LEFT_DOUBLE);
        }
        // leftsPassed counts this “ too.
        if (this.leftsOnLine - this.leftsPassed + 1 < this.rightsOnLine - this.rightsPassed) {
          this.inner = i;
          this.innerCloser = RIGHT_DOUBLE;
          return i;
        }
      }
    }
    // Two closing single marks typed for a closing double one (“Jumpers’’ (1972), "Arcadia''), as
    // some newsroom systems set them: the quote closes there.
    if (this.dbl >= 0 && this.inner < 0 && this.sgl < 0 && !this.lowOpened && (c === RIGHT_SINGLE || c === STRAIGHT_SINGLE) && t.charCodeAt(i + 1) === c && !isLetterAt(t, i + 2)) {
      this.pushPart({ start: base + this.dbl, end: base + i + 2, contentStart: base + this.dbl + 1, contentEnd: base + i, line: li }, 'double', opening);
      this.dbl = -1;
      return i + 1;
    }
    const closer = c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET || c === STRAIGHT_DOUBLE;
    if (this.dbl >= 0 && (closer || reversedCloser || (c === LEFT_DOUBLE && this.lowOpened))) {
      if (reversedCloser) unbalanced.push({ offset: base + i, line: li, kind: 'reversed', suggestion: base + i });
      this.pushPart({ start: base + this.dbl, end: base + i + 1, contentStart: base + this.dbl + 1, contentEnd: base + i, line: li }, 'double', opening);
      this.dbl = -1;
      this.sgl = -1;
      this.lowOpened = false;
    } else if (c === LEFT_DOUBLE || c === LEFT_GUILLEMET || c === LOW_DOUBLE || (c === STRAIGHT_DOUBLE && this.dbl < 0 && (opensAfter(t, i - 1) || opensGlued(t, i)))) {
      if (this.dbl >= 0) unbalanced.push({ offset: base + this.dbl, line: li, kind: 'unclosed', suggestion: base + i });
      this.dbl = i;
      this.sgl = -1;
      this.lowOpened = c === LOW_DOUBLE;
    } else if (closer) {
      // No quote is open here.
      if ((c === STRAIGHT_DOUBLE || c === RIGHT_DOUBLE) && i > 0 && isDigitCode(t.charCodeAt(i - 1))) return i; // inch mark: 5'11", a 16” screen
      if (c === RIGHT_DOUBLE && (i === firstMark || (opensAfter(t, i - 1) && isLetterAt(t, i + 1)))) {
        if (this.lastCloser === -2) this.lastCloser = lastDoubleCloser(t);
        if (this.lastCloser > i) {
          // ”Mr. Trump embodies …” at a paragraph's start, or “a,” ”b” mid-line: a reversed opening mark.
          unbalanced.push({ offset: base + i, line: li, kind: 'reversed', suggestion: base + i });
          this.dbl = i;
          this.sgl = -1;
          this.lowOpened = false;
          return i;
        }
      }
      unbalanced.push({ offset: base + i, line: li, kind: 'unopened', suggestion: (this.lastSeparator >= 0 ? this.lastSeparator + 2 : firstMark) + base });
    } else if (c === LEFT_SINGLE || (c === STRAIGHT_SINGLE && !isLetterAt(t, i - 1) && isLetterAt(t, i + 1) && !ELISIONS.test(t.slice(i + 1, i + 6)))) {
      if (this.sgl < 0) this.sgl = i;
    } else if ((c === RIGHT_SINGLE || c === STRAIGHT_SINGLE) && this.sgl >= 0 && !isLetterAt(t, i + 1)) {
      if (this.dbl < 0) this.pushPart({ start: base + this.sgl, end: base + i + 1, contentStart: base + this.sgl + 1, contentEnd: base + i, line: li }, 'single', opening);
      this.sgl = -1;
    }
    return i;
  }
}

/** A paragraph's last character when it stops mid-sentence: a lower-case letter, a comma, a colon or a dash. */
const MID_SENTENCE_END = /[\p{Ll},;:\u2013\u2014-]$/u;

/** The next paragraph after line li (past blank and skipped lines) opens with the mark `code`. */
function nextParagraphOpensWith(lines: Line[], li: number, skipLine: (line: number) => boolean, code: number): boolean {
  const k = nextParagraph(lines, li, skipLine);
  return k < lines.length && lines[k].text.trimStart().charCodeAt(0) === code;
}

/** The index of the next paragraph after line li, past blank and skipped lines (lines.length when none). */
function nextParagraph(lines: Line[], li: number, skipLine: (line: number) => boolean): number {
  let k = li + 1;
  while (k < lines.length && (isBlank(lines[k].text) || skipLine(k))) k++;
  return k;
}

/** A paragraph the page cut off ("… “We are playing a lot..."): its quote never got the chance to close. */
function cutOff(t: string): boolean {
  const end = t.trimEnd();
  return end.endsWith('...') || end.endsWith('\u2026');
}

/** How many times the char code occurs in t. */
function countOf(t: string, code: number): number {
  let n = 0;
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) === code) n++;
  return n;
}

/** Index of the last ” or " on the line (-1 when none). */
function lastDoubleCloser(t: string): number {
  let k = t.length - 1;
  while (k >= 0 && t.charCodeAt(k) !== RIGHT_DOUBLE && t.charCodeAt(k) !== STRAIGHT_DOUBLE) k--;
  return k;
}

/** Index of the last « or » on the line that follows a non-space (-1 when none): where a »…« quote can close. */
function lastGuillemetAfterWord(t: string): number {
  for (let k = t.length - 1; k > 0; k--) {
    const c = t.charCodeAt(k);
    if ((c === LEFT_GUILLEMET || c === RIGHT_GUILLEMET) && !isSpaceCode(t.charCodeAt(k - 1))) return k;
  }
  return -1;
}

/** End of the last sentence inside an unclosed part: where the closing mark probably belongs. */
function lastSentenceEnd(text: string, part: QuotePart): number {
  let e = part.contentEnd;
  while (e > part.contentStart && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}
