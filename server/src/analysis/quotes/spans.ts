/**
 * Finds direct quotations: straight and curly double quotes, guillemets, British single quotes told
 * apart from apostrophes (Xi's, '90s, rock 'n' roll), nested quotes, mixed pairs (“ … ") and AP-style
 * quotes that run over paragraphs (no closing mark at the end of a paragraph, a new opening mark on
 * the next). One linear pass per line; no regular expressions on the hot path.
 */
import { Line, isBlank } from '../text/lines';

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
  kind: 'unclosed' | 'unopened';
  /** Where the missing mark probably belongs. */
  suggestion: number;
}

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013/-]/.test(c);
const ELISIONS = /^(?:n'|em\b|til\b|tis\b|twas\b|cause\b|bout\b|\d)/i;

interface Open {
  mark: number;
  style: 'double' | 'single';
}

export function findQuotes(text: string, lines: Line[], skipLine: (line: number) => boolean): { quotes: QuoteSpan[]; unbalanced: UnbalancedMark[] } {
  const quotes: QuoteSpan[] = [];
  const unbalanced: UnbalancedMark[] = [];
  let carried: QuoteSpan | undefined; // an AP quote running on from the previous paragraph

  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (isBlank(line.text) || skipLine(li)) continue;
    const t = line.text;
    let dbl: Open | undefined;
    let sgl: Open | undefined;
    const closeDouble = (endMark: number) => {
      const o = dbl!;
      const part = { start: line.start + o.mark, end: line.start + endMark + 1, contentStart: line.start + o.mark + 1, contentEnd: line.start + endMark, line: li };
      pushPart(part, 'double');
      dbl = undefined;
      sgl = undefined;
    };
    const pushPart = (part: QuotePart, style: 'double' | 'single'): QuoteSpan => {
      const content = text.slice(part.contentStart, part.contentEnd);
      if (carried && style === 'double' && part.start === line.start + firstMark) {
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
    let firstMark = 0;
    while (firstMark < t.length && /\s/.test(t[firstMark])) firstMark++;
    if (carried && !(t[firstMark] === '\u201C' || t[firstMark] === '"' || t[firstMark] === '\u00AB')) {
      // The previous paragraph's quote never closed and this one does not continue it.
      const last = carried.parts[carried.parts.length - 1];
      unbalanced.push({ offset: last.start, line: last.line, kind: 'unclosed', suggestion: lastSentenceEnd(text, last) });
      carried = undefined;
    }

    let lastSeparator = -1; // the last ": " or ", " seen, where an unopened quote most likely began
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if ((c === ':' || c === ',') && t[i + 1] === ' ') lastSeparator = i;
      if (c === '\u201C' || c === '\u00AB' || (c === '"' && !dbl && isSpaceOrStart(t[i - 1]))) {
        if (dbl) unbalanced.push({ offset: line.start + dbl.mark, line: li, kind: 'unclosed', suggestion: line.start + i });
        dbl = { mark: i, style: 'double' };
        sgl = undefined;
      } else if (c === '\u201D' || c === '\u00BB' || c === '"') {
        if (dbl) closeDouble(i);
        else if (c === '"' && /\d/.test(t[i - 1] ?? '')) continue; // inch mark: 5'11"
        else unbalanced.push({ offset: line.start + i, line: li, kind: 'unopened', suggestion: (lastSeparator >= 0 ? lastSeparator + 2 : firstMark) + line.start });
      } else if (c === '\u2018' || (c === "'" && !isLetter(t[i - 1]) && isLetter(t[i + 1]) && !ELISIONS.test(t.slice(i + 1, i + 6)))) {
        if (!sgl) sgl = { mark: i, style: 'single' };
      } else if ((c === '\u2019' || c === "'") && sgl && !isLetter(t[i + 1])) {
        if (!dbl) {
          pushPart({ start: line.start + sgl.mark, end: line.start + i + 1, contentStart: line.start + sgl.mark + 1, contentEnd: line.start + i, line: li }, 'single');
        }
        sgl = undefined;
      }
    }
    if (dbl) {
      const part = { start: line.start + dbl.mark, end: line.end, contentStart: line.start + dbl.mark + 1, contentEnd: line.end, line: li };
      carried = pushPart(part, 'double');
    }
  }
  if (carried) {
    const last = carried.parts[carried.parts.length - 1];
    unbalanced.push({ offset: last.start, line: last.line, kind: 'unclosed', suggestion: lastSentenceEnd(text, last) });
  }
  return { quotes, unbalanced };
}

/** End of the last sentence inside an unclosed part: where the closing mark probably belongs. */
function lastSentenceEnd(text: string, part: QuotePart): number {
  let e = part.contentEnd;
  while (e > part.contentStart && /\s/.test(text[e - 1])) e--;
  return e;
}
