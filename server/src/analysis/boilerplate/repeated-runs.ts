/**
 * Menus shown twice: a desktop and a mobile navigation, or a footer repeated, are the same run of
 * short lines in the same order at two places of a page. Linear in the page's lines: each line looks
 * back at a bounded number of earlier copies.
 */

/** What the search reads of a line. */
export interface RunLine {
  trimmed: string;
  wordCount: number;
  sentenceLike: boolean;
}

/** Fewest lines of a run shown twice to call it a menu: a song's chorus quoted twice is shorter. */
const REPEATED_RUN = 6;
/** A line of such a run has at most this many words. */
const REPEATED_RUN_WORDS = 8;
/** Earlier copies of a line looked at: a menu item appears in two or three menus, not dozens. */
const REPEAT_CANDIDATES = 4;

/**
 * Lines (indexes into infos) in runs of REPEATED_RUN or more consecutive menu-sized lines that appear
 * again, in the same order, elsewhere on the page. Outside the article region only.
 */
export function repeatedRuns(infos: readonly RunLine[], region: { start: number; end: number } | undefined): number[] {
  const n = infos.length;
  const eligible = (i: number) => !infos[i].sentenceLike && infos[i].wordCount <= REPEATED_RUN_WORDS && !(region && i >= region.start && i <= region.end);
  // Per line, up to REPEAT_CANDIDATES earlier copies (-1: none), and how often its text appears.
  const prev = new Int32Array(n * REPEAT_CANDIDATES).fill(-1);
  const recent = new Map<string, number[]>();
  const copies = new Map<string, number>();
  let repeats = 0;
  for (let i = 0; i < n; i++) {
    if (!eligible(i)) continue;
    const text = infos[i].trimmed;
    copies.set(text, (copies.get(text) ?? 0) + 1);
    const list = recent.get(text);
    if (!list) {
      recent.set(text, [i]);
      continue;
    }
    repeats++;
    for (let c = 0; c < list.length; c++) prev[i * REPEAT_CANDIDATES + c] = list[c];
    if (list.length === REPEAT_CANDIDATES) list.shift();
    list.push(i);
  }
  // Most articles repeat no short line REPEATED_RUN times: nothing to walk.
  if (repeats < REPEATED_RUN) return [];
  const slotOf = (i: number, p: number) => {
    if (i >= n || p < 0) return -1;
    for (let c = 0; c < REPEAT_CANDIDATES; c++) if (prev[i * REPEAT_CANDIDATES + c] === p) return i * REPEAT_CANDIDATES + c;
    return -1;
  };
  // Matching run length from (p, i) onwards, computed from the end: run(p, i) = 1 + run(p + 1, i + 1).
  const run = new Int32Array(n * REPEAT_CANDIDATES);
  for (let i = n - 1; i >= 0; i--) {
    for (let c = 0; c < REPEAT_CANDIDATES; c++) {
      const p = prev[i * REPEAT_CANDIDATES + c];
      if (p < 0) continue;
      const next = slotOf(i + 1, p + 1);
      run[i * REPEAT_CANDIDATES + c] = 1 + (next < 0 ? 0 : run[next]);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < REPEAT_CANDIDATES; c++) {
      const p = prev[i * REPEAT_CANDIDATES + c];
      if (p < 0 || (i > 0 && slotOf(i - 1, p - 1) >= 0)) continue; // none, or not the start of its run
      const len = Math.min(run[i * REPEAT_CANDIDATES + c], i - p); // the two copies must not overlap
      if (len < REPEATED_RUN) continue;
      // Lines shown three times or more are a template the page fills in (a meal plan's days), not a
      // menu: most of a menu's items appear in its two copies only.
      let twice = 0;
      for (let k = 0; k < len; k++) if (copies.get(infos[p + k].trimmed) === 2) twice++;
      if (twice * 2 < len) continue;
      for (let k = 0; k < len; k++) out.push(p + k, i + k);
    }
  }
  return out;
}
