/** Finding the same quote in other files: shared by unattributed-quote, quote-differs and quote-not-in-sources. */
import { QuoteInfo } from '../document';
import { Alignment, DiffOp, align, containsRun, edited } from '../quotes/match';
import { MAX_QUOTE_WORDS, MIN_MATCH_WORDS } from '../corpus';
import { RuleContext, once } from './context';

/** At most this many quotes in other files are compared with one quote. */
export const MAX_SOURCE_QUOTES = 10;

export interface SourceMatch {
  file: string;
  quote: QuoteInfo;
  alignment: Alignment;
  /** Same words (after normalising spelling and case) over the stretch both quotes cover. */
  consistent: boolean;
  /** Share of the words over that stretch that are the same (a substitution counts its longer side). */
  share: number;
  /** How many of my leading words lie before the stretch the source covers. */
  lead: number;
}

/**
 * Quotes elsewhere that are the same quote, worded alike or not. Once per wording and check: three
 * rules ask about every quote, and a transcript can repeat one quote hundreds of times.
 */
export function matchingSourceQuotes(ctx: RuleContext, q: QuoteInfo): SourceMatch[] {
  if (q.words.length < MIN_MATCH_WORDS) return [];
  const mine = q.words.slice(0, MAX_QUOTE_WORDS);
  return once(ctx, `quote:${mine.join(' ')}`, () => findMatches(ctx, mine));
}

/**
 * The quotes in other files a quote (its first words) is compared with. A quote held by very many
 * files (a wire paragraph pasted everywhere) is compared with those sharing the most of its
 * wording: bounded time and memory, and the closest sources are among them.
 */
export function sourceQuoteCandidates(ctx: RuleContext, mine: string[]): { file: string; index: number }[] {
  return once(ctx, `candidates:${mine.join(' ')}`, () => {
    const candidates = ctx.corpus.quoteCandidates(mine, (f) => ctx.isSource(f), 2, ctx.file);
    if (candidates.length > MAX_SOURCE_QUOTES) candidates.sort((x, y) => y.shared - x.shared || (x.file < y.file ? -1 : x.file > y.file ? 1 : x.index - y.index)).length = MAX_SOURCE_QUOTES;
    return candidates;
  });
}

function findMatches(ctx: RuleContext, mine: string[]): SourceMatch[] {
  const counts = new Map<string, number>();
  for (const w of mine) counts.set(w, (counts.get(w) ?? 0) + 1);
  const out: SourceMatch[] = [];
  // Most sources hold the quote word for word: that comparison is made once and its result shared.
  let verbatim: Comparison | null | undefined;
  for (const c of sourceQuoteCandidates(ctx, mine)) {
    const other = ctx.corpus.quotesOf(c.file)![c.index];
    const result = isVerbatim(mine, other.words) ? (verbatim === undefined ? (verbatim = compare(mine, other.words, counts)) : verbatim) : compare(mine, other.words, counts);
    if (!result) continue;
    // Only files whose quotes matched shape the findings: a rejected candidate that changes is
    // found again through filesThatWouldConsult, so it need not be remembered here.
    ctx.consulted?.add(c.file);
    out.push({ file: c.file, quote: other, ...result });
  }
  return out;
}

type Comparison = Omit<SourceMatch, 'file' | 'quote'>;

const MIN_COVERAGE = 0.5;

/** How a source quote's words compare with mine (my first words); null when it is not the same quote. */
function compare(mine: string[], words: string[], counts: Map<string, number>): Comparison | null {
  const theirs = words.slice(0, MAX_QUOTE_WORDS);
  // Shared words bound the alignment from above: too few, and the table need not be built.
  if (sharedWords(counts, theirs) < MIN_MATCH_WORDS) return null;
  const alignment = align(mine, theirs);
  // My extra words before or after the stretch the source covers are not differences.
  const lead = leadingAdds(alignment.ops);
  const ops = trimEdges(alignment.ops);
  let sameWords = 0;
  let changedWords = 0;
  for (const o of ops) {
    if (o.op === 'same') sameWords++;
    else if (!edited(o)) changedWords += Math.max(wordsIn(o.mine), wordsIn(o.theirs));
  }
  if (sameWords < MIN_MATCH_WORDS) return null;
  const share = sameWords / (sameWords + changedWords);
  const consistent = alignment.contained || changedWords === 0 || theirsContained(mine, theirs);
  // Counted in words, not in diff steps: two different quotes sharing a phrase and some small words
  // ("New York and New Jersey", "we", "to") have few, long replaced runs between their common words.
  if (!consistent && share < 0.6) return null;
  // And the two must share at least half the shorter quote's words: "we know what we got to do to
  // get out of it" and "I've needed to do to get 70 percent of the vote" share a phrase, not a quote;
  // nor does a question "… a pardon to Hillary Clinton and her co-conspirators …" confirm "Hillary
  // Clinton and her campaign of 2008 started the birther controversy".
  if (sameWords < MIN_COVERAGE * Math.min(mine.length, theirs.length)) return null;
  return { alignment: { ...alignment, ops }, consistent, share, lead };
}

/** Words in a diff step's joined text. */
export function wordsIn(joined: string | undefined): number {
  if (!joined) return 0;
  let n = 1;
  for (let i = 0; i < joined.length; i++) if (joined.charCodeAt(i) === 32) n++;
  return n;
}

/** The source quote's first words are exactly mine. */
function isVerbatim(mine: string[], words: string[]): boolean {
  if (Math.min(words.length, MAX_QUOTE_WORDS) !== mine.length) return false;
  for (let i = 0; i < mine.length; i++) if (words[i] !== mine[i]) return false;
  return true;
}

/** Size of the multiset intersection of two word lists (mine given as counts, restored before returning). */
function sharedWords(mine: Map<string, number>, theirs: string[]): number {
  const taken: string[] = [];
  for (const w of theirs) {
    const k = mine.get(w);
    if (k) {
      taken.push(w);
      mine.set(w, k - 1);
    }
  }
  for (const w of taken) mine.set(w, mine.get(w)! + 1);
  return taken.length;
}

function trimEdges<T extends { op: string }>(ops: T[]): T[] {
  let a = 0;
  let b = ops.length;
  while (a < b && ops[a].op === 'add') a++;
  while (b > a && ops[b - 1].op === 'add') b--;
  return ops.slice(a, b);
}

/** My words before the first step that is not an addition: a step's words, not steps ("Frankly and honestly," is one). */
function leadingAdds(ops: DiffOp[]): number {
  let words = 0;
  for (let a = 0; a < ops.length && ops[a].op === 'add'; a++) words += wordsIn(ops[a].mine);
  return words;
}

/** The source quote stands whole inside mine (what align(theirs, mine).contained says, without the table). */
function theirsContained(mine: string[], theirs: string[]): boolean {
  return theirs.length > 0 && containsRun(mine, theirs);
}
