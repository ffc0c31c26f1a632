/** Finding the same quote in other files: shared by unattributed-quote, quote-differs and quote-not-in-sources. */
import { QuoteInfo } from '../document';
import { Alignment, align } from '../quotes/match';
import { MAX_QUOTE_WORDS, MIN_MATCH_WORDS } from '../corpus';
import { RuleContext } from './context';

export interface SourceMatch {
  file: string;
  quote: QuoteInfo;
  alignment: Alignment;
  /** Same words (after normalising spelling and case) over the stretch both quotes cover. */
  consistent: boolean;
  sameWords: number;
  /** How many of my leading words lie before the stretch the source covers. */
  lead: number;
}

/**
 * Per check, matches by quote wording: three rules ask about every quote, and a transcript can
 * repeat one quote hundreds of times.
 */
const memo = new WeakMap<RuleContext, Map<string, SourceMatch[]>>();

/** Quotes elsewhere that are the same quote, worded alike or not. */
export function matchingSourceQuotes(ctx: RuleContext, q: QuoteInfo): SourceMatch[] {
  if (q.words.length < MIN_MATCH_WORDS) return [];
  const mine = q.words.slice(0, MAX_QUOTE_WORDS);
  let known = memo.get(ctx);
  if (!known) memo.set(ctx, (known = new Map()));
  const key = mine.join(' ');
  let out = known.get(key);
  if (!out) known.set(key, (out = findMatches(ctx, mine)));
  return out;
}

function findMatches(ctx: RuleContext, mine: string[]): SourceMatch[] {
  const counts = new Map<string, number>();
  for (const w of mine) counts.set(w, (counts.get(w) ?? 0) + 1);
  const out: SourceMatch[] = [];
  for (const c of ctx.corpus.quoteCandidates(mine, (f) => ctx.isSource(f), 2, ctx.file)) {
    const other = ctx.corpus.get(c.file)!.quotes[c.index];
    const theirs = other.words.slice(0, MAX_QUOTE_WORDS);
    // Shared words bound the alignment from above: too few, and the table need not be built.
    if (sharedWords(counts, theirs) < MIN_MATCH_WORDS) continue;
    const alignment = align(mine, theirs);
    // My extra words before or after the stretch the source covers are not differences.
    const lead = leadingAdds(alignment.ops);
    const ops = trimEdges(alignment.ops);
    const sameWords = ops.filter((o) => o.op === 'same').length;
    if (sameWords < MIN_MATCH_WORDS) continue;
    const consistent = alignment.contained || ops.every((o) => o.op === 'same') || theirsContained(mine, theirs);
    if (!consistent && sameWords / ops.length < 0.6) continue;
    // Only files whose quotes matched shape the findings: a rejected candidate that changes is
    // found again through filesThatWouldConsult, so it need not be remembered here.
    ctx.consulted?.add(c.file);
    out.push({ file: c.file, quote: other, alignment: { ...alignment, ops }, consistent, sameWords, lead });
  }
  return out;
}

/** Size of the multiset intersection of two word lists (mine given as counts). */
function sharedWords(mine: Map<string, number>, theirs: string[]): number {
  const left = new Map(mine);
  let n = 0;
  for (const w of theirs) {
    const k = left.get(w);
    if (k) {
      n++;
      left.set(w, k - 1);
    }
  }
  return n;
}

function trimEdges<T extends { op: string }>(ops: T[]): T[] {
  let a = 0;
  let b = ops.length;
  while (a < b && ops[a].op === 'add') a++;
  while (b > a && ops[b - 1].op === 'add') b--;
  return ops.slice(a, b);
}

function leadingAdds(ops: { op: string }[]): number {
  let a = 0;
  while (a < ops.length && ops[a].op === 'add') a++;
  return a;
}

function theirsContained(mine: string[], theirs: string[]): boolean {
  return align(theirs, mine).contained;
}
