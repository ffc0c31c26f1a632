/**
 * The server's model of the workspace, free of LSP: every article file on disk plus open buffers
 * (the buffer wins), per-folder config, and cached findings invalidated by what a change touches.
 */
import * as path from 'path';
import { Corpus, Finding, analyzeDocument, checkDocument } from '../analysis/index';
import { LoadedConfig, isArticleFile, loadConfig, relPath } from '../config/config';
import { matchesAny } from '../config/glob';
import { analyzeOptions, checkOptions } from '../config/options';
import { readArticle, walk } from './read';
import { SeveritySetting } from '../analysis/types';

export interface UserSettings {
  enable: boolean;
  rules: Record<string, SeveritySetting>;
  files?: string[];
  exclude?: string[];
}

export const DEFAULT_SETTINGS: UserSettings = { enable: true, rules: {} };

export class Project {
  readonly corpus = new Corpus();
  private open = new Map<string, string>();
  private configs = new Map<string, LoadedConfig>();
  private findings = new Map<string, Finding[]>();
  /** Files that could not be read, with the reason. */
  readonly unreadable = new Map<string, string>();
  settings: UserSettings = DEFAULT_SETTINGS;

  constructor(public folders: string[]) {}

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
    this.findings.clear();
  }

  isArticle(file: string): boolean {
    return isArticleFile(this.configFor(file), file);
  }

  /** Index every article file under the workspace folders; reports progress as (done, total). */
  indexAll(progress?: (done: number, total: number) => void): number {
    const files: string[] = [];
    for (const folder of this.folders) {
      walk(folder, (f) => this.isArticle(f), (d) => matchesAny(relPath(folder, d) + '/x', this.configFor(d + '/x').config.exclude), files);
    }
    files.forEach((f, i) => {
      if (!this.open.has(f)) this.loadFromDisk(f);
      if (progress && (i % 200 === 0 || i === files.length - 1)) progress(i + 1, files.length);
    });
    this.findings.clear();
    return files.length;
  }

  loadFromDisk(file: string): void {
    const r = readArticle(file);
    if (!r.ok) {
      this.unreadable.set(file, r.reason);
      this.corpus.delete(file);
      return;
    }
    this.unreadable.delete(file);
    this.update(file, r.text);
  }

  /** Set a file's text (buffer or disk). Returns the files whose findings may have changed. */
  update(file: string, text: string): Set<string> {
    const before = this.corpus.relatedFiles(file);
    this.corpus.set(file, analyzeDocument(text, analyzeOptions(this.configFor(file).config)));
    const after = this.corpus.relatedFiles(file);
    const touched = new Set([file, ...before, ...after]);
    for (const f of touched) this.findings.delete(f);
    return touched;
  }

  remove(file: string): Set<string> {
    const before = this.corpus.relatedFiles(file);
    this.corpus.delete(file);
    this.open.delete(file);
    this.unreadable.delete(file);
    const touched = new Set([file, ...before]);
    for (const f of touched) this.findings.delete(f);
    return touched;
  }

  openBuffer(file: string, text: string): Set<string> {
    this.open.set(file, text);
    return this.update(file, text);
  }

  closeBuffer(file: string): Set<string> {
    this.open.delete(file);
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
      f = checkDocument(file, analysis, this.corpus, checkOptions(this.configFor(file), (x) => this.display(x), this.settings.rules));
      this.findings.set(file, f);
    }
    return f;
  }
}
