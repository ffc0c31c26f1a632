/**
 * The CLI's work on a list of files, apart from argument parsing and output:
 * config lookup, reading every file into a corpus, and checking the files to report.
 */
import * as path from 'path';
import { Corpus, Finding, analyzeDocument, applyEdits, checkDocument, fixAllEdits, positionAt, unusedDirectives } from '../analysis/index';
import { LoadedConfig, loadConfig, readConfigFile, relPath } from '../config/config';
import { analyzeOptions, checkOptions } from '../config/options';
import { readArticle } from '../workspace/read';
import { JsonFinding, toJson } from './format';

export interface CheckSettings {
  /** --config: one config for every file instead of the nearest .copydesk.json. */
  config?: string;
  fix: boolean;
  quiet: boolean;
  reportUnused: boolean;
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

/** Read and analyse every file (except `skip`) into a corpus; unreadable files go to ioErrors. */
export function loadCorpus(files: string[], configAt: (dir: string) => LoadedConfig, ioErrors: string[], skip?: string): Corpus {
  // Every file gets checked, so keep analyses in memory up to a size where that stops being cheap.
  const corpus = new Corpus({ keepAnalyses: Math.min(files.length + 1, 5000) });
  for (const f of files) {
    if (f === skip) continue;
    const r = readArticle(f);
    if (!r.ok) {
      ioErrors.push(`${display(f)}: ${r.reason}`);
      continue;
    }
    const opts = analyzeOptions(configAt(path.dirname(f)).config);
    corpus.set(f, analyzeDocument(r.text, opts), opts);
  }
  return corpus;
}

/** Check the files to report against the corpus; with `fix`, remove boilerplate first (atomic write). */
export function checkReport(
  report: string[],
  corpus: Corpus,
  configAt: (dir: string) => LoadedConfig,
  settings: CheckSettings,
  ioErrors: string[],
  log: (s: string) => void,
  writeFile: (file: string, text: string) => void,
): JsonFinding[] {
  const results = [];
  for (const f of report) {
    if (!corpus.has(f)) continue;
    const loaded = configAt(path.dirname(f));
    const copts = checkOptions(loaded, display);
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
          analysis = analyzeDocument(fixed, opts);
          corpus.set(f, analysis, opts);
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
    if (settings.quiet) findings = findings.filter((x) => x.severity === 'error');
    results.push({ file: display(f), lines: analysis.lines, findings: findings.sort((a, b) => a.start - b.start) });
  }
  results.sort((a, b) => a.file.localeCompare(b.file));
  return toJson(results, display, (file, offset) => {
    const a = corpus.get(file);
    return a ? positionAt(a.lines, offset) : undefined;
  });
}
