/**
 * Findings of an earlier text moved onto a newer one without checking it again, for the seconds a
 * long file's re-check takes: a finding on a line before the first changed line stays, one on a
 * line after the last changed line moves with the text, and one on a changed line is dropped (the
 * sentence around it, which decided it, is not what was checked). Fix edits count as part of their
 * finding and move with it, so a fix still changes exactly the text it names.
 */
import { Finding } from './types';

const isBreak = (c: number) => c === 10 || c === 13;

export function carryFindings(file: string, before: string, findings: Finding[], after: string): Finding[] {
  if (before === after) return findings;
  const n = Math.min(before.length, after.length);
  let same = 0;
  while (same < n && before.charCodeAt(same) === after.charCodeAt(same)) same++;
  let sameEnd = 0;
  while (sameEnd < n - same && before.charCodeAt(before.length - 1 - sameEnd) === after.charCodeAt(after.length - 1 - sameEnd)) sameEnd++;
  // The changed lines of `before`: [firstLine, lastLineEnd), widened from the changed characters.
  let firstLine = same;
  while (firstLine > 0 && !isBreak(before.charCodeAt(firstLine - 1))) firstLine--;
  let lastLineEnd = before.length - sameEnd;
  while (lastLineEnd < before.length && !isBreak(before.charCodeAt(lastLineEnd))) lastLineEnd++;
  const delta = after.length - before.length;

  const out: Finding[] = [];
  for (const f of findings) {
    // Related places in this same file would need moving too; no rule makes them, so such a
    // finding is simply not carried.
    if (f.related.some((r) => r.file === file)) continue;
    let lo = f.start;
    let hi = f.end;
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        lo = Math.min(lo, e.start);
        hi = Math.max(hi, e.end);
      }
    }
    if (hi <= firstLine) out.push(f);
    else if (lo >= lastLineEnd) {
      out.push({
        ...f,
        start: f.start + delta,
        end: f.end + delta,
        fixes: f.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + delta, end: e.end + delta })) })),
      });
    }
  }
  return out;
}
