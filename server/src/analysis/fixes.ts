/** One applyFixes for the editor's fix-all and `copydesk check --fix`. */
import { Finding, TextEdit } from './types';

/** Apply non-overlapping edits (later overlapping ones are dropped), back to front. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd) continue;
    kept.push(e);
    lastEnd = e.end;
  }
  let out = text;
  for (let i = kept.length - 1; i >= 0; i--) out = out.slice(0, kept[i].start) + kept[i].newText + out.slice(kept[i].end);
  return out;
}

/** The edits of every bulk-safe fix among the findings (today: boilerplate removal). */
export function fixAllEdits(findings: Finding[]): TextEdit[] {
  return findings.flatMap((f) => f.fixes.filter((x) => x.fixAll).flatMap((x) => x.edits));
}
