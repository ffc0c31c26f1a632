/**
 * Hard-wrapped text: wire copy at 69 columns, a draft an editor wraps at 72, a pasted email. Its
 * paragraphs are runs of lines broken wherever the next word would not fit, parted by blank lines
 * or an indent. The analysis reads a line as a paragraph, so in such a file it would see every
 * quote and sentence that crosses a break cut in two (an unclosed quote at each break, a speaker
 * on another "paragraph", a figure apart from its noun). Those breaks are found here and read as
 * spaces: a break is one or two characters and so is its replacement, so every offset stays the
 * file's own.
 */
import { Line, splitLines } from './lines';

/** A wrapped file's lines are at most this long (a page's one-line paragraphs run to hundreds of characters). */
const MAX_WRAP_WIDTH = 100;
/** ...and its full lines at least this long (a column of menu items or a list is not wrapped prose). */
const MIN_WRAP_WIDTH = 30;
/** A tenth of the full lines may run past the width the rest keep to. */
const WIDTH_PERCENTILE = 0.9;
/**
 * How full a line must be with the next line's first word, as a share of the width, for its break
 * to be a wrap: 85% for the file to count as wrapped (text out of a PDF, set in proportional type,
 * breaks lines short of the width), then 70% within a wrapped file (measured on real files wrapped
 * at 62-80 columns: at 85% a tenth of their quotes still broke at a short line). A heading or a
 * label over its text is shorter.
 */
const FILE_FILL = 0.85;
const LINE_FILL = 0.7;
/** Breaks needed before a file is read as wrapped. */
const MIN_SOFT_BREAKS = 3;
/** Share of the lines followed by another that must end so full. */
const MIN_SOFT_SHARE = 0.6;

/** A list item or a numbered point opens its own line, however full the line above it is. */
const LIST_ITEM = /^(?:[-*\u2022>#|]|\d{1,3}[.)]\s)/;
/** A speaker's label in capitals opens a transcript's turn, after a line that ends a sentence (not "NEW / DELHI: …" of a dateline). */
const TURN_LABEL = /^\p{Lu}[\p{Lu}\s.'-]{0,30}:\s/u;
const SENTENCE_END = /[.!?\u2026"'\u201D\u2019)]$/;

function indentOf(text: string): number {
  let k = 0;
  while (k < text.length && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  return k;
}

/** The next line's first word: what would have had to fit on the line above. */
function firstWordLength(text: string): number {
  let k = indentOf(text);
  const from = k;
  while (k < text.length && text.charCodeAt(k) > 32) k++;
  return k - from;
}

/**
 * Indexes of the lines whose break is a wrap inside a paragraph, or none when the file is not
 * hard-wrapped. A break is a wrap when both lines hold text, the second is indented no further than
 * the first and opens no list item (nor a speaker's turn after a full sentence), neither is a directive's line (`hard`),
 * and the first line's words and the next line's first word fill most of the file's width (its
 * longest lines followed by another, a tenth aside). The file is wrapped when most lines followed by
 * another end so.
 */
export function softBreaks(lines: readonly Line[], hard: (index: number) => boolean): number[] {
  const followed: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const len = lines[i].text.trimEnd().length;
    if (len === 0 || !/\S/.test(lines[i + 1].text)) continue;
    followed.push(i);
    lengths.push(len);
  }
  if (followed.length < MIN_SOFT_BREAKS) return [];
  const sorted = [...lengths].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  if (median < MIN_WRAP_WIDTH || median > MAX_WRAP_WIDTH) return [];
  // The width: nearly the longest line, not the longest (a web address or a long name runs over it).
  const width = Math.min(MAX_WRAP_WIDTH, sorted[Math.floor(sorted.length * WIDTH_PERCENTILE)]);
  const breaks = (fill: number) => {
    const soft: number[] = [];
    followed.forEach((i, k) => {
      const next = lines[i + 1].text;
      // Indented further than the line above: a new paragraph (a text indented throughout is not).
      if (lengths[k] > MAX_WRAP_WIDTH || indentOf(next) > indentOf(lines[i].text) || LIST_ITEM.test(next.trimStart()) || hard(i) || hard(i + 1)) return;
      if (TURN_LABEL.test(next.trimStart()) && SENTENCE_END.test(lines[i].text.trimEnd())) return;
      if (lengths[k] + 1 + firstWordLength(next) > width * fill) soft.push(i);
    });
    return soft;
  };
  const soft = breaks(FILE_FILL);
  if (soft.length < MIN_SOFT_BREAKS || soft.length < followed.length * MIN_SOFT_SHARE) return [];
  return breaks(LINE_FILL);
}

/** The text with each soft break (the line break after each line listed) written as spaces: same length, same offsets. */
export function unwrapped(text: string, lines: readonly Line[], soft: readonly number[]): string {
  return withSpaces(text, soft.map((i) => [lines[i].end, lines[i].endWithBreak]));
}

/** The text with each stretch [start, end) (in order, apart) written as spaces: same length, same offsets. */
export function withSpaces(text: string, stretches: readonly (readonly [number, number])[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const [start, end] of stretches) {
    parts.push(text.slice(from, start), ' '.repeat(end - start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** A hard-wrapped file read as paragraphs: the text with its wraps as spaces, and its lines (one per paragraph). */
export interface Unwrapped {
  text: string;
  paragraphs: Line[];
}

export function unwrap(text: string, lines: readonly Line[], hard: (index: number) => boolean): Unwrapped | undefined {
  const soft = softBreaks(lines, hard);
  if (soft.length === 0) return undefined;
  const view = unwrapped(text, lines, soft);
  return { text: view, paragraphs: splitLines(view) };
}
