/**
 * The CLI's work on a list of files, apart from argument parsing and output:
 * config lookup, reading every file into a corpus, and checking the files to report.
 */
import * as path from 'path';
import { getHeapStatistics } from 'v8';
import { Corpus, Finding, IndexRecord, QuoteInfo, analysesToKeep, idRecord, analyzeDocument, applyEdits, checkDocument, fixAllEdits, positionAt, unusedDirectives } from '../analysis/index';
import { LoadedConfig, loadConfig, readConfigFile, relPath } from '../config/config';
import { analyzeOptions, checkOptions } from '../config/options';
import { articleBytes, decodeArticle, readArticleFile } from '../workspace/read';
import { CachedFile, CheckCache, FileRange, FreshRecord, quoteKeys } from './cache';
import { cacheStamp, contentKey } from '../workspace/content-key';
import { affected, nothingToCheck } from './incremental';
import { JsonFinding, toJson } from './format';

export interface CheckSettings {
  /** --config: one config for every file instead of the nearest .copydesk.json. */
  config?: string;
  fix: boolean;
  quiet: boolean;
  reportUnused: boolean;
  /** --cache: where findings and index records are kept between runs. */
  cache?: string;
}

export const display = (f: string) => relPath(process.cwd(), f) || f;

/** Config per folder (cached); `onErrors` hears each config file's errors once. */
export function configLoader(configPath: string | undefined, onErrors: (errors: string[]) => void = () => undefined): (dir: string) => LoadedConfig {
  const fixed = configPath ? readConfigFile(path.resolve(configPath)) : undefined;
  const byDir = new Map<string, LoadedConfig>();
  const reported = new Set<string>();
  return (dir) => {
    let c = fixed ?? byDir.get(dir);
    if (!c) byDir.set(dir, (c = loadConfig(dir)));
    const key = c.file ?? '';
    if (!reported.has(key)) {
      reported.add(key);
      if (c.errors.length) onErrors(c.errors);
    }
    return c;
  };
}

export interface StdinArticle {
  file: string;
  text: string;
}

/**
 * Read, analyse and check: every file is a source, the `report` files are checked. With a cache
 * (settings.cache), unchanged files are indexed from it and only affected files are re-checked.
 */
export function checkAll(
  files: string[],
  report: string[],
  configAt: (dir: string) => LoadedConfig,
  settings: CheckSettings,
  ioErrors: string[],
  log: (s: string) => void,
  writeFile: (file: string, data: string | (Buffer | FileRange)[]) => void,
  stdin?: StdinArticle,
): JsonFinding[] {
  // Standard input is not a file a later run could compare, so it is never cached.
  const cache = settings.cache && !stdin ? CheckCache.open(settings.cache, cacheStamp({ cwd: process.cwd(), config: settings.config, reportUnused: settings.reportUnused }), (s) => log(`copydesk: ${s}`)) : undefined;
  // Texts, or with a cache the UTF-8 bytes of a file whose bytes are as cached: it was decoded
  // when it was cached, and the corpus keeps bytes; it is decoded only if analysed or re-checked.
  const contents = new Map<string, string | Buffer>();
  const keys = new Map<string, string>();
  for (const f of files) {
    if (f === stdin?.file) continue;
    const r = readArticleFile(f);
    if (!r.ok) {
      ioErrors.push(`${display(f)}: ${r.reason}`);
      continue;
    }
    const key = cache && contentKey(r.bytes, configKey(configAt(path.dirname(f))));
    const known = key !== undefined && cache!.get(f)?.key === key ? articleBytes(r.bytes) : undefined;
    const decoded = known ? undefined : decodeArticle(r.bytes);
    if (decoded && !decoded.ok) {
      ioErrors.push(`${display(f)}: ${decoded.reason}`);
      continue;
    }
    contents.set(f, known ?? decoded!.text!);
    if (key !== undefined) keys.set(f, key);
  }
  const reuse = cache?.usable(keys) ?? false;
  // For the tests: proof that a run took the incremental path, and how far it reached (with
  // COPYDESK_CACHE_STATS=files, which files it re-checked).
  const stats = (s: string) => process.env.COPYDESK_CACHE_STATS && log(`cache: ${s}`);
  if (reuse && nothingToCheck(cache!, keys, report, settings.fix)) {
    // Every finding is as the cache has it: no analysis, no corpus, nothing to write.
    stats(`0 of ${contents.size} files re-checked`);
    cache!.close();
    return joinRows(report.filter((f) => contents.has(f)).map((f) => cachedRows(f, cache!.get(f)!.rows!, settings.quiet)));
  }
  const restore = reuse ? (f: string, text: string, quotes?: QuoteInfo[]) => cache!.analysis(f, keys.get(f) ?? '', text, quotes) : undefined;
  const restoreQuotes = reuse ? (f: string) => cache!.quotes(f, keys.get(f) ?? '') : undefined;
  let chars = 0;
  for (const t of contents.values()) chars += t.length;
  // Without a cache every file is checked (unless a list narrowed the report): similarities for all at once.
  const corpus = new Corpus({ keepAnalyses: analysesToKeep(contents.size, chars, getHeapStatistics().heap_size_limit), restore, restoreQuotes, checkEveryFile: !reuse && report.length >= files.length });
  const entries = new Map<string, CachedFile>();
  const changed = new Set<string>();
  const vocabIds = reuse ? corpus.wordIds(cache!.vocab) : new Int32Array(0);
  for (const [f, content] of contents) {
    const opts = analyzeOptions(configAt(path.dirname(f)).config);
    const old = reuse ? cache!.get(f) : undefined;
    if (old?.record && old.key === keys.get(f)) {
      corpus.setIndexed(f, idRecord(old.record, content, vocabIds), opts);
      entries.set(f, { ...old });
      continue;
    }
    const text = typeof content === 'string' ? content : content.toString('utf8');
    const analysis = analyzeDocument(text, opts);
    const rec = corpus.set(f, analysis, opts);
    changed.add(f);
    if (cache) entries.set(f, { key: keys.get(f)!, fresh: fresh(rec), quotes: quoteKeys(analysis) });
  }
  if (stdin) {
    const opts = analyzeOptions(configAt(path.dirname(stdin.file)).config);
    corpus.set(stdin.file, analyzeDocument(stdin.text, opts), opts);
  }
  // The last run's quotes of a changed file: unknown after --fix rewrote it (its key is emptied:
  // files checked before the fix read the old text, those after it the new).
  const lastRun = (f: string) => {
    const e = cache!.get(f);
    return e?.key ? e : undefined;
  };
  const quotes = {
    keysBefore: (f: string) => lastRun(f)?.quotes,
    before: (f: string) => {
      const e = lastRun(f);
      return e && cache!.quotes(f, e.key);
    },
  };
  const recheck = reuse ? affected(corpus, entries, changed, cache!.missing(keys), { fix: settings.fix, resized: corpus.size !== cache!.size, quotes }) : undefined;
  const names = recheck && process.env.COPYDESK_CACHE_STATS === 'files' ? `: ${[...recheck].map(display).sort().join(' ')}` : '';
  stats(recheck ? `${recheck.size} of ${contents.size} files re-checked${names}` : 'full run');
  const json = checkReport(report, corpus, configAt, settings, ioErrors, log, writeFile, cache ? { entries, recheck } : undefined);
  if (cache) {
    try {
      cache.save(entries, !reuse, (f) => corpus.peek(f), writeFile);
    } catch (e) {
      log(`copydesk: could not write the cache ${cache.location} (${(e as Error).message}); results are not affected`);
    } finally {
      cache.close();
    }
  }
  return json;
}

const configKeys = new WeakMap<LoadedConfig, string>();
function configKey(loaded: LoadedConfig): string {
  let k = configKeys.get(loaded);
  if (k === undefined) configKeys.set(loaded, (k = JSON.stringify([loaded.root, loaded.config])));
  return k;
}

function fresh(rec: IndexRecord): FreshRecord {
  const { text: _text, ...rest } = rec;
  return rest;
}

/** One file's findings as output rows. */
interface FileRows {
  file: string;
  rows: JsonFinding[];
}

/**
 * Check the files to report against the corpus; with `fix`, remove boilerplate first (atomic
 * write). With `cached`, files outside `recheck` print their stored rows, and checked files store theirs.
 */
export function checkReport(
  report: string[],
  corpus: Corpus,
  configAt: (dir: string) => LoadedConfig,
  settings: CheckSettings,
  ioErrors: string[],
  log: (s: string) => void,
  writeFile: (file: string, text: string) => void,
  cached?: { entries: Map<string, CachedFile>; recheck?: Set<string> },
): JsonFinding[] {
  const results: FileRows[] = [];
  const locate = (file: string, offset: number) => {
    const lines = corpus.linesOf(file);
    return lines ? positionAt(lines, offset) : undefined;
  };
  for (const f of report) {
    if (!corpus.has(f)) continue;
    const entry = cached?.entries.get(f);
    if (entry?.rows && cached?.recheck && !cached.recheck.has(f)) {
      results.push(cachedRows(f, entry.rows, settings.quiet));
      continue;
    }
    const loaded = configAt(path.dirname(f));
    const consulted = new Set<string>();
    const claimsConsulted = new Set<string>();
    const copts = { ...checkOptions(loaded, display), consulted, claimsConsulted };
    let analysis = corpus.get(f)!;
    let findings: Finding[] = checkDocument(f, analysis, corpus, copts);
    if (settings.fix) {
      const edits = fixAllEdits(findings);
      if (edits.length) {
        const fixed = applyEdits(analysis.text, edits);
        const removed = findings.filter((x) => x.fixes.some((fx) => fx.fixAll));
        try {
          writeFile(f, fixed);
          for (const x of removed) log(`fixed ${display(f)}: removed ${x.message.replace(/^Page boilerplate, not article text: /, 'boilerplate: ')}`);
          const opts = analyzeOptions(loaded.config);
          const reanalysed = analyzeDocument(fixed, opts);
          const rec = corpus.set(f, reanalysed, opts);
          analysis = reanalysed;
          // Files checked before this fix saw the old text: an empty key makes the next run treat
          // this file as changed, re-checking them against the fixed text.
          if (entry) Object.assign(entry, { key: '', fresh: fresh(rec), record: undefined });
          consulted.clear();
          claimsConsulted.clear();
          findings = checkDocument(f, analysis, corpus, copts);
        } catch (e) {
          ioErrors.push(`${display(f)}: could not write the fix (${(e as Error).message}); file left as it was`);
        }
      }
    }
    if (settings.reportUnused) {
      for (const d of unusedDirectives(f, analysis, corpus, copts)) {
        findings.push({ rule: 'unused-directive', severity: 'warning', start: d.start, end: d.end, message: `Unused directive "copydesk: ${d.kind}${d.rules.length ? ' ' + d.rules.join(' ') : ''}": it silences nothing.`, detail: '', related: [], fixes: [] });
      }
    }
    findings.sort((a, b) => a.start - b.start);
    const rows = toJson([{ file: display(f), lines: analysis.lines, findings }], display, locate);
    if (entry) Object.assign(entry, { rows, fixable: findings.some((x) => x.fixes.some((fx) => fx.fixAll)), consulted: [...consulted], claimsConsulted: [...claimsConsulted] });
    results.push(cachedRows(f, rows, settings.quiet));
  }
  return joinRows(results);
}

function cachedRows(file: string, rows: JsonFinding[], quiet: boolean): FileRows {
  return { file: display(file), rows: quiet ? rows.filter((x) => x.severity === 'error') : rows };
}

function joinRows(results: FileRows[]): JsonFinding[] {
  results.sort((a, b) => a.file.localeCompare(b.file));
  return results.flatMap((r) => r.rows);
}
