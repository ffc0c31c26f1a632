/**
 * The server's model of the workspace, free of LSP: every article file on disk plus open buffers
 * (the buffer wins), per-folder config, and cached findings invalidated by what a change touches.
 */
import * as path from 'path';
import { Corpus, DocumentAnalysis, Finding, analyzeDocument, checkDocument, checkDocumentInSlices, filesThatWouldConsult } from '../analysis/index';
import { LoadedConfig, isArticleFile, loadConfig, relPath } from '../config/config';
import { matchesAny } from '../config/glob';
import { analyzeOptions, checkOptions } from '../config/options';
import { cacheStamp } from './content-key';
import { IndexCache, RecordToStore } from './index-cache';
import { indexFiles } from './index-pool';
import { readArticle, walk } from './read';
import { SeveritySetting } from '../analysis/types';

export interface UserSettings {
  enable: boolean;
  /** Hide findings on the line being typed until typing pauses. */
  hideWhileTyping?: boolean;
  rules: Record<string, SeveritySetting>;
  files?: string[];
  exclude?: string[];
}

export const DEFAULT_SETTINGS: UserSettings = { enable: true, hideWhileTyping: true, rules: {} };

export class Project {
  /**
   * Full analyses of the most recently used files stay in memory (a draft whose quotes run through
   * hundreds of files keeps its whole neighbourhood); the rest are recomputed on demand.
   */
  readonly corpus = new Corpus({ keepAnalyses: 2000 });
  private open = new Map<string, string>();
  private configs = new Map<string, LoadedConfig>();
  private findings = new Map<string, Finding[]>();
  /** For each file with cached findings, the other files its check looked at; and the reverse. */
  private consulted = new Map<string, Set<string>>();
  private dependents = new Map<string, Set<string>>();
  /** Files that could not be read, with the reason. */
  readonly unreadable = new Map<string, string>();
  settings: UserSettings = DEFAULT_SETTINGS;
  /** Counts every change to the model: a check spread over time is stored only if none happened meanwhile. */
  private changes = 0;

  /** The last indexing's records, to store in the index cache. */
  private toStore: RecordToStore[] | undefined;

  /**
   * `indexCachePath`: where to keep the index cache (the editor's storage for this workspace); none,
   * no cache. `note` hears what a user should know of it (a damaged cache, a failed write).
   */
  constructor(
    public folders: string[],
    private readonly indexCachePath?: string,
    private readonly note: (s: string) => void = () => undefined,
  ) {}

  configFor(file: string): LoadedConfig {
    const dir = path.dirname(file);
    let c = this.configs.get(dir);
    if (!c) {
      const folder = this.folders.find((f) => file.startsWith(f + path.sep)) ?? dir;
      c = loadConfig(dir, folder);
      if (this.settings.files || this.settings.exclude) {
        c = { ...c, config: { ...c.config, files: this.settings.files ?? c.config.files, exclude: [...c.config.exclude, ...(this.settings.exclude ?? [])] } };
      }
      this.configs.set(dir, c);
    }
    return c;
  }

  /** Forget cached config (a .copydesk.json or the settings changed). */
  resetConfig(): void {
    this.configs.clear();
    this.forgetAll();
  }

  private forgetAll(): void {
    this.changes++;
    this.findings.clear();
    this.consulted.clear();
    this.dependents.clear();
  }

  private forget(file: string): void {
    this.changes++;
    this.findings.delete(file);
    for (const c of this.consulted.get(file) ?? []) this.dependents.get(c)?.delete(file);
    this.consulted.delete(file);
  }

  isArticle(file: string): boolean {
    return isArticleFile(this.configFor(file), file);
  }

  /** Every article file under the workspace folders, per the config of each folder, sorted. */
  listFiles(): string[] {
    const files: string[] = [];
    for (const folder of this.folders) {
      walk(folder, (f) => this.isArticle(f), (d) => matchesAny(relPath(folder, d) + '/x', this.configFor(d + '/x').config.exclude), files);
    }
    // Sorted as the CLI sorts: the index numbers files in this order.
    return files.sort();
  }

  /**
   * (Re)index every article file, analysing on all cores; reports progress as (done, total).
   * Files no longer listed (deleted, or excluded by a new config) leave the corpus; open buffers stay.
   * Returns the article files listed, those indexed (all but open buffers) and those whose record
   * was read back from the index cache.
   */
  async indexAll(progress?: (done: number, total: number) => void): Promise<{ listed: number; indexed: number; reused: number }> {
    const files = this.listFiles();
    const listed = new Set(files);
    for (const f of [...this.corpus.files()]) if (!listed.has(f) && !this.open.has(f)) this.corpus.delete(f);
    const wordIds = (words: string[]) => this.corpus.wordIds(words);
    const cache = this.indexCachePath ? IndexCache.load(this.indexCachePath, this.cacheStamp(), this.note, wordIds) : undefined;
    const jobs = files.filter((f) => !this.open.has(f)).map((file) => ({ file, options: analyzeOptions(this.configFor(file).config), keyed: !!cache, cachedKey: cache?.keyOf(file) }));
    const optionsOf = new Map(jobs.map((j) => [j.file, j.options]));
    const toStore: RecordToStore[] = [];
    let done = 0;
    let reused = 0;
    // Every cached finding is dropped at the end, so no per-file invalidation while loading.
    await indexFiles(jobs, wordIds, (r) => {
      done++;
      if (r.cached) reused++;
      if (r.record && r.key && r.topicsInOrder) toStore.push({ file: r.file, key: r.key, record: r.record, topicsInOrder: r.topicsInOrder });
      if (!this.open.has(r.file)) {
        if (r.record) {
          this.unreadable.delete(r.file);
          this.corpus.setIndexed(r.file, r.record, optionsOf.get(r.file));
        } else {
          this.corpus.delete(r.file);
          this.unreadable.set(r.file, r.reason);
        }
      }
      if (progress && (done % 200 === 0 || done === jobs.length)) progress(done, jobs.length);
    }, cache && ((file, text) => cache.record(file, text)!));
    // Nothing to write when every record came from the cache and it holds no other file.
    this.toStore = cache && (reused < toStore.length || cache.size !== toStore.length) ? toStore : undefined;
    this.forgetAll();
    return { listed: files.length, indexed: jobs.length, reused };
  }

  /**
   * Writes the index cache if the last indexing changed it (call it once the findings are out: it
   * holds the thread for a moment). Returns the files and bytes written, if it wrote.
   */
  async saveIndexCache(): Promise<{ files: number; bytes: number } | undefined> {
    const records = this.toStore;
    this.toStore = undefined;
    if (!records || !this.indexCachePath) return undefined;
    try {
      return { files: records.length, bytes: await IndexCache.save(this.indexCachePath, this.cacheStamp(), records, this.corpus.wordList()) };
    } catch (e) {
      this.note(`index cache ${this.indexCachePath} could not be written (${(e as Error).message}); the next start indexes every file again`);
      return undefined;
    }
  }

  /** This build of the server and of its indexing threads: another build's records are not reused. */
  private cacheStamp(): string {
    return cacheStamp({ format: 'index' }, [path.join(__dirname, 'index-worker.js')]);
  }

  loadFromDisk(file: string): void {
    const r = readArticle(file);
    if (!r.ok) {
      this.remove(file);
      this.unreadable.set(file, r.reason);
      return;
    }
    this.unreadable.delete(file);
    this.update(file, r.text);
  }

  /**
   * Set a file's text (buffer or disk). Returns the files whose findings may have changed: the
   * file itself, the files whose last check looked at it, and the files it is now related to.
   */
  update(file: string, text: string, analysis?: DocumentAnalysis): Set<string> {
    const touched = new Set([file, ...(this.dependents.get(file) ?? [])]);
    this.setText(file, text, analysis);
    for (const f of filesThatWouldConsult(this.corpus, file, this.findings)) touched.add(f);
    for (const f of touched) this.forget(f);
    return touched;
  }

  private setText(file: string, text: string, analysis?: DocumentAnalysis): void {
    const options = analyzeOptions(this.configFor(file).config);
    this.corpus.set(file, analysis ?? analyzeDocument(text, options), options);
  }

  remove(file: string): Set<string> {
    const touched = new Set([file, ...(this.dependents.get(file) ?? [])]);
    this.corpus.delete(file);
    this.corpus.unpin(file);
    this.open.delete(file);
    this.unreadable.delete(file);
    for (const f of touched) this.forget(f);
    this.dependents.delete(file);
    return touched;
  }

  /** An open buffer's text; `analysis`, if given, was made from exactly this text with this file's options (on a worker thread). */
  openBuffer(file: string, text: string, analysis?: DocumentAnalysis): Set<string> {
    this.open.set(file, text);
    this.corpus.pin(file);
    return this.update(file, text, analysis);
  }

  closeBuffer(file: string): Set<string> {
    this.open.delete(file);
    this.corpus.unpin(file);
    if (this.isArticle(file)) {
      const r = readArticle(file);
      if (r.ok) return this.update(file, r.text);
    }
    return this.remove(file);
  }

  isOpen(file: string): boolean {
    return this.open.has(file);
  }

  display(file: string): string {
    const folder = this.folders.find((f) => file.startsWith(f + path.sep));
    return folder ? relPath(folder, file) : path.basename(file);
  }

  findingsFor(file: string): Finding[] {
    if (!this.settings.enable) return [];
    let f = this.findings.get(file);
    if (!f) {
      const analysis = this.corpus.get(file);
      if (!analysis) return [];
      const consulted = new Set<string>();
      f = checkDocument(file, analysis, this.corpus, this.checkOptionsFor(file, consulted));
      this.store(file, f, consulted);
    }
    return f;
  }

  hasFindings(file: string): boolean {
    return !this.settings.enable || this.findings.has(file);
  }

  /**
   * findingsFor spread over time, for long files: the generator pauses between slices of lines.
   * Returns undefined, storing nothing, when the model changed before the last slice (the
   * findings could mix two states of the workspace).
   */
  *findingsInSlices(file: string): Generator<void, Finding[] | undefined> {
    const kept = this.findings.get(file);
    if (kept || !this.settings.enable) return kept ?? [];
    const analysis = this.corpus.get(file);
    if (!analysis) return [];
    const epoch = this.changes;
    const consulted = new Set<string>();
    const f = yield* checkDocumentInSlices(file, analysis, this.corpus, this.checkOptionsFor(file, consulted));
    if (this.changes !== epoch) return undefined;
    this.store(file, f, consulted);
    return f;
  }

  private checkOptionsFor(file: string, consulted: Set<string>) {
    return { ...checkOptions(this.configFor(file), (x) => this.display(x), this.settings.rules), consulted };
  }

  private store(file: string, findings: Finding[], consulted: Set<string>): void {
    this.findings.set(file, findings);
    this.consulted.set(file, consulted);
    for (const c of consulted) {
      let d = this.dependents.get(c);
      if (!d) this.dependents.set(c, (d = new Set()));
      d.add(file);
    }
  }
}
