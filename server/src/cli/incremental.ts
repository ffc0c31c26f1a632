/**
 * Which files a --cache run must check again, and when the cache answers a run on its own. The
 * invalidation mirrors the server's: a file's findings depend on the files whose content shaped
 * them (its consulted list) and on the files a change newly relates to it.
 */
import { Corpus, filesThatWouldConsult } from '../analysis/index';
import { CachedFile, CheckCache } from './cache';

/** Rules whose messages count the workspace's files. */
const COUNTS_FILES = new Set(['quote-not-in-sources']);

/**
 * Files whose cached findings may be stale: the changed files, files whose check looked at a
 * changed or vanished file (at a changed file's quotes alone: only when they changed), files a
 * changed file is now related to, files with a finding that counts the files when their number
 * changed, and (with --fix) files with boilerplate to remove.
 * A changed file's quotes are compared with the last run's (`quotesBefore`, see quotesKey).
 */
export function affected(corpus: Corpus, entries: Map<string, CachedFile>, changed: Set<string>, vanished: string[], how: { fix: boolean; resized: boolean; quotesBefore: (file: string) => string | undefined }): Set<string> {
  const out = new Set(changed);
  // A changed file whose quotes are as they were (words, places, speakers) changed nothing for the
  // files that read only its quotes, and relates to no new file through them.
  const quotesChanged = new Map<string, boolean>();
  for (const g of changed) {
    const before = how.quotesBefore(g);
    quotesChanged.set(g, before === undefined || before !== entries.get(g)?.quotes);
  }
  const vanishedSet = new Set(vanished);
  const staleFrom = (c: string, e: CachedFile) => vanishedSet.has(c) || (changed.has(c) && (quotesChanged.get(c)! || (e.claimsConsulted?.includes(c) ?? true)));
  const checked = new Set<string>();
  for (const [f, e] of entries) {
    if (!e.rows || changed.has(f)) continue;
    checked.add(f);
    const stale = e.consulted?.some((c) => staleFrom(c, e)) || (how.resized && e.rows.some((x) => COUNTS_FILES.has(x.rule))) || (how.fix && e.fixable);
    if (stale) out.add(f);
  }
  for (const g of changed) for (const f of filesThatWouldConsult(corpus, g, checked, quotesChanged.get(g))) out.add(f);
  return out;
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
