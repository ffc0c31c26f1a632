/**
 * Which files a --cache run must check again, and when the cache answers a run on its own. The
 * invalidation follows the server's: a file's findings depend on the files whose content shaped
 * them (its consulted list) and on the files a change newly relates to it; a changed quote, more
 * narrowly, reaches only the files whose quotes share its wording.
 */
import { Corpus, QuoteInfo, filesThatWouldConsult } from '../analysis/index';
import { CachedFile, CheckCache } from './cache';

/** Rules whose messages count the workspace's files. */
const COUNTS_FILES = new Set(['quote-not-in-sources']);

/**
 * Where a changed file's quotes can change other files' findings: nowhere (every quote as it
 * was), the files holding a quote worded like one that changed (as it is now or as it was), or
 * every file that reads its quotes, when what they were is not known.
 */
type QuoteReach = 'none' | 'all' | Set<string>;

export interface ChangedQuotes {
  /** quoteKeys of the file's analysis at the last run, if known. */
  keysBefore(file: string): string[] | undefined;
  /** The file's quotes at the last run, if stored. */
  before(file: string): QuoteInfo[] | undefined;
}

/**
 * Files whose cached findings may be stale: the changed files, files whose check looked at a
 * changed or vanished file (at a changed file's quotes alone: only when a quote they share wording
 * with changed), files a changed file is now related to, files with a finding that counts the
 * files when their number changed, and (with --fix) files with boilerplate to remove.
 * A changed file's quotes are compared key by key with the last run's (see quoteKeys).
 */
export function affected(corpus: Corpus, entries: Map<string, CachedFile>, changed: Set<string>, vanished: string[], how: { fix: boolean; resized: boolean; quotes: ChangedQuotes }): Set<string> {
  const out = new Set(changed);
  const checked = new Set<string>();
  for (const [f, e] of entries) if (e.rows && !changed.has(f)) checked.add(f);
  const reach = new Map<string, QuoteReach>();
  for (const g of changed) reach.set(g, quoteReach(corpus, g, entries.get(g)?.quotes ?? [], how.quotes, checked));
  const vanishedSet = new Set(vanished);
  const staleFrom = (f: string, c: string, e: CachedFile) => {
    if (vanishedSet.has(c)) return true;
    if (!changed.has(c)) return false;
    const r = reach.get(c)!;
    return (e.claimsConsulted?.includes(c) ?? true) || r === 'all' || (r !== 'none' && r.has(f));
  };
  for (const f of checked) {
    const e = entries.get(f)!;
    const stale = e.consulted?.some((c) => staleFrom(f, c, e)) || (how.resized && e.rows!.some((x) => COUNTS_FILES.has(x.rule))) || (how.fix && e.fixable);
    if (stale) out.add(f);
  }
  for (const g of changed) {
    const r = reach.get(g)!;
    // Files newly sharing wording with a changed quote are in its reach; the rest come by story.
    for (const f of filesThatWouldConsult(corpus, g, checked, r === 'all')) out.add(f);
    if (r !== 'none' && r !== 'all') for (const f of r) out.add(f);
  }
  return out;
}

/**
 * A check reads another file's quote only as a candidate: a quote sharing two three-word runs with
 * one of its own (quote-sources.ts). So a changed quote reaches the checked files holding a quote
 * that shares two with it, as it is now (new candidates) or as it was (candidates lost, which may
 * let another into a quote's closest ten).
 */
function quoteReach(corpus: Corpus, g: string, keysNow: string[], quotes: ChangedQuotes, checked: Set<string>): QuoteReach {
  const keysBefore = quotes.keysBefore(g);
  if (!keysBefore) return 'all';
  const changedAt: number[] = [];
  for (let i = 0; i < Math.max(keysBefore.length, keysNow.length); i++) if (keysBefore[i] !== keysNow[i]) changedAt.push(i);
  if (changedAt.length === 0) return 'none';
  const before = quotes.before(g);
  const now = corpus.quotesOf(g);
  if (!before || before.length !== keysBefore.length || !now) return 'all';
  const touched = changedAt.flatMap((i) => [before[i], now[i]]).filter((q) => q !== undefined);
  return corpus.quoteNeighboursOf(g, touched, checked);
}

/** The cache answers the whole run: no file changed, came or went, every file reported has findings, none left to fix. */
export function nothingToCheck(cache: CheckCache, keys: Map<string, string>, report: string[], fix: boolean): boolean {
  if (cache.size !== keys.size) return false;
  for (const [f, k] of keys) if (cache.get(f)?.key !== k) return false;
  return report.every((f) => {
    const e = cache.get(f);
    return !keys.has(f) || (e?.rows && !(fix && e.fixable));
  });
}
