/**
 * copydesk check [paths or globs] — the same library and .copydesk.json as the extension.
 * Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.
 */
import * as fs from 'fs';
import * as path from 'path';
import { Corpus, Finding, Severity, analyzeDocument, applyEdits, checkDocument, fixAllEdits, unusedDirectives } from '../analysis/index';
import { LoadedConfig, isArticleFile, loadConfig, readConfigFile, relPath } from '../config/config';
import { matchesAny } from '../config/glob';
import { analyzeOptions, checkOptions } from '../config/options';
import { readArticle, walk } from '../workspace/read';
import { FileResult, stylish, toJson } from './format';

const RANK: Record<string, number> = { hint: 1, info: 2, warning: 3, error: 4 };
const USAGE = `Usage: copydesk check [options] [paths or globs...]

Checks article files (default: *.txt under the current folder) against each other.

Options:
  --format stylish|json      output format (default stylish)
  --fail-on error|warning|info|hint|never   exit 1 when a finding is at or above this (default warning)
  --fix                      remove page boilerplate in place (atomic write) and say what was removed
  --config FILE              use this .copydesk.json instead of the nearest one
  --quiet                    report errors only
  --report-unused-directives report copydesk: directives that silence nothing
  -h, --help                 this help
`;

interface Args {
  paths: string[];
  format: 'stylish' | 'json';
  failOn: string;
  fix: boolean;
  quiet: boolean;
  config?: string;
  reportUnused: boolean;
}

function parseArgs(argv: string[]): Args | string {
  if (argv[0] !== 'check') return argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' ? 'help' : `unknown command "${argv[0]}"`;
  const a: Args = { paths: [], format: 'stylish', failOn: 'warning', fix: false, quiet: false, reportUnused: false };
  for (let i = 1; i < argv.length; i++) {
    const v = argv[i];
    const next = () => {
      const x = argv[++i];
      if (x === undefined) throw new Error(`${v} needs a value`);
      return x;
    };
    try {
      if (v === '--format') {
        const f = next();
        if (f !== 'stylish' && f !== 'json') return `unknown format "${f}" (stylish, json)`;
        a.format = f;
      } else if (v === '--fail-on') {
        a.failOn = next();
        if (!(a.failOn in RANK) && a.failOn !== 'never') return `--fail-on takes error, warning, info, hint or never`;
      } else if (v === '--fix') a.fix = true;
      else if (v === '--quiet') a.quiet = true;
      else if (v === '--config') a.config = next();
      else if (v === '--report-unused-directives') a.reportUnused = true;
      else if (v === '-h' || v === '--help') return 'help';
      else if (v.startsWith('-')) return `unknown option "${v}"`;
      else a.paths.push(v);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (a.paths.length === 0) a.paths.push('.');
  return a;
}

/** Expand paths, folders and globs to article files. */
function expand(paths: string[], configAt: (dir: string) => LoadedConfig, errors: string[]): string[] {
  const out = new Set<string>();
  const cwd = process.cwd();
  for (const p of paths) {
    if (/[*?{]/.test(p)) {
      const base = p.slice(0, p.search(/[*?{]/)).replace(/[^/]*$/, '') || '.';
      const pattern = relPath(cwd, path.resolve(p));
      for (const f of walk(path.resolve(base), (f) => matchesAny(relPath(cwd, f), [pattern]), (d) => /\/(?:node_modules|\.git)$/.test(d))) out.add(f);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      errors.push(`${p}: no such file or folder`);
      continue;
    }
    if (st.isDirectory()) {
      const root = path.resolve(p);
      const loaded = configAt(root);
      for (const f of walk(root, (f) => isArticleFile(loaded, f), (d) => matchesAny(relPath(loaded.root, d) + '/x', loaded.config.exclude))) out.add(f);
    } else out.add(path.resolve(p));
  }
  return [...out].sort();
}

export function run(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean }): number {
  const args = parseArgs(argv);
  if (args === 'help') {
    io.out(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (typeof args === 'string') {
    io.err(`copydesk: ${args}\n\n${USAGE}`);
    return 2;
  }
  // Config: --config for everything, else the nearest .copydesk.json above each file (cached per folder).
  const fixed = args.config ? readConfigFile(path.resolve(args.config)) : undefined;
  const byDir = new Map<string, LoadedConfig>();
  const reported = new Set<string>();
  const configAt = (dir: string): LoadedConfig => {
    let c = fixed ?? byDir.get(dir);
    if (!c) byDir.set(dir, (c = loadConfig(dir)));
    const key = c.file ?? '';
    if (!reported.has(key)) {
      reported.add(key);
      for (const e of c.errors) io.err(`copydesk: config: ${e}`);
    }
    return c;
  };
  const ioErrors: string[] = [];
  const files = expand(args.paths, configAt, ioErrors);
  const display = (f: string) => relPath(process.cwd(), f) || f;
  // Every file gets checked, so keep analyses in memory up to a size where that stops being cheap.
  const corpus = new Corpus({ keepAnalyses: Math.min(files.length, 5000) });
  for (const f of files) {
    const r = readArticle(f);
    if (!r.ok) {
      ioErrors.push(`${display(f)}: ${r.reason}`);
      continue;
    }
    const opts = analyzeOptions(configAt(path.dirname(f)).config);
    corpus.set(f, analyzeDocument(r.text, opts), opts);
  }
  const results: FileResult[] = [];
  for (const f of [...corpus.files()]) {
    const copts = checkOptions(configAt(path.dirname(f)), display);
    const opts = analyzeOptions(configAt(path.dirname(f)).config);
    let analysis = corpus.get(f)!;
    let findings: Finding[] = checkDocument(f, analysis, corpus, copts);
    if (args.fix) {
      const edits = fixAllEdits(findings);
      if (edits.length) {
        const fixed = applyEdits(analysis.text, edits);
        const removed = findings.filter((x) => x.fixes.some((fx) => fx.fixAll));
        try {
          writeAtomic(f, fixed);
          for (const x of removed) io.err(`fixed ${display(f)}: removed ${x.message.replace(/^Page boilerplate, not article text: /, 'boilerplate: ')}`);
          analysis = analyzeDocument(fixed, opts);
          corpus.set(f, analysis, opts);
          findings = checkDocument(f, analysis, corpus, copts);
        } catch (e) {
          ioErrors.push(`${display(f)}: could not write the fix (${(e as Error).message}); file left as it was`);
        }
      }
    }
    if (args.reportUnused) {
      for (const d of unusedDirectives(f, analysis, corpus, copts)) {
        findings.push({ rule: 'unused-directive', severity: 'warning', start: d.start, end: d.end, message: `Unused directive "copydesk: ${d.kind}${d.rules.length ? ' ' + d.rules.join(' ') : ''}": it silences nothing.`, detail: '', related: [], fixes: [] });
      }
    }
    if (args.quiet) findings = findings.filter((x) => x.severity === 'error');
    results.push({ file: display(f), lines: analysis.lines, findings: findings.sort((a, b) => a.start - b.start) });
  }
  results.sort((a, b) => a.file.localeCompare(b.file));
  const json = toJson(results, display);
  if (args.format === 'json') io.out(JSON.stringify(json, null, 2) + '\n');
  else {
    const s = stylish(json, io.isTTY && !process.env.NO_COLOR);
    if (s) io.out(s + '\n');
    else if (ioErrors.length === 0) io.out(`No problems in ${files.length} file${files.length === 1 ? '' : 's'}.\n`);
  }
  for (const e of ioErrors) io.err(`copydesk: ${e}`);
  if (files.length === 0 && ioErrors.length === 0) io.err('copydesk: no article files found (default pattern **/*.txt; see "files" in .copydesk.json)');
  if (ioErrors.length) return 2;
  const threshold = args.failOn === 'never' ? Infinity : RANK[args.failOn as Severity];
  return json.some((f) => RANK[f.severity] >= threshold) ? 1 : 0;
}

/** Write to a temp file beside the target, then rename: a crash mid-write leaves the original. */
export function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.copydesk-${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, 'utf8');
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

if (require.main === module) {
  const code = run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s + (s.endsWith('\n') ? '' : '\n')), isTTY: !!process.stdout.isTTY });
  process.exitCode = code;
}
