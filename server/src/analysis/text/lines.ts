/** Line bookkeeping that treats LF, CRLF and lone CR alike, as editors do. */

export interface Line {
  /** 0-based line number. */
  index: number;
  start: number;
  /** End of the text, before the line break. */
  end: number;
  /** End including the line break. */
  endWithBreak: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const breakLen = c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      lines.push({ index: lines.length, start, end: i, endWithBreak: i + breakLen, text: text.slice(start, i) });
      i += breakLen - 1;
      start = i + 1;
    }
  }
  lines.push({ index: lines.length, start, end: n, endWithBreak: n, text: text.slice(start) });
  return lines;
}

/** Binary search from offset to {line, character}, both 0-based. */
export function positionAt(lines: Line[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const line = lines[lo];
  return { line: lo, character: Math.max(0, Math.min(offset, line.endWithBreak) - line.start) };
}

export function offsetAt(lines: Line[], line: number, character: number): number {
  if (line < 0) return 0;
  if (line >= lines.length) return lines[lines.length - 1].endWithBreak;
  const l = lines[line];
  return Math.min(l.start + Math.max(0, character), l.end);
}

export function isBlank(s: string): boolean {
  return !/\S/.test(s);
}
