/**
 * copydesk check [paths or globs] — the same library and .copydesk.json as the extension.
 * Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or I/O error.
 */
import '../regexp-compile';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Severity } from '../analysis/index';
import { LoadedConfig, isArticleFile, relPath } from '../config/config';
import { matchesAny } from '../config/glob';
import { decodeArticle, walk } from '../workspace/read';
import { CheckSettings, checkAll, configLoader } from './check-files';
import { FileRange } from './cache';
import { JsonFinding, github, sarif, stylish } from './format';

/** Replaced at build time with package.json's version. */
declare const COPYDESK_VERSION: string;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0';
const RANK: Record<string, number> = { hint: 1, info: 2, warning: 3, error: 4 };
const USAGE = `Usage: copydesk check [options] [paths or globs...]

Checks article files (default: *.txt under the current folder) against each other.

Options:
  --format stylish|json|sarif|github   output format (default stylish); github prints
                             workflow commands that become pull-request annotations
  --fail-on error|warning|info|hint|never   exit 1 when a finding is at or above this
                             (default warning; error when --max-warnings is given)
  --max-warnings N           also exit 1 when there are more than N warnings
  --changed-since REF        report only files changed since the git ref (committed, staged,
                             unstaged or untracked); every file is still read as a source
  --stdin                    read one article from standard input (checked against the files found)
  --stdin-filename PATH      the path the standard-input text stands for (default: stdin.txt)
  --fix                      remove page boilerplate in place (atomic write) and say what was removed
  --config FILE              use this .copydesk.json instead of the nearest one
  --quiet                    report errors only
  --cache                    keep analyses and findings in .copydeskcache; the next run
                             re-checks only changed files and the files they affect
  --cache-location FILE      keep the cache in FILE (implies --cache)
  --report-unused-directives report copydesk: directives that silence nothing
  -h, --help                 this help
  -v, --version              print the version
`;

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

interface Args {
  paths: string[];
  format: (typeof FORMATS)[number];
  failOn?: string;
  maxWarnings?: number;
  changedSince?: string;
  stdin: boolean;
  stdinFilename?: string;
  fix: boolean;
  quiet: boolean;
  config?: string;
  reportUnused: boolean;
  cache?: string;
}

function parseArgs(argv: string[]): Args | string {
  if (argv[0] === '-v' || argv[0] === '--version') return 'version';
  if (argv[0] !== 'check') return argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' ? 'help' : `unknown command "${argv[0]}"`;
  const a: Args = { paths: [], format: 'stylish', fix: false, quiet: false, reportUnused: false, stdin: false };
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
        if (!(FORMATS as readonly string[]).includes(f)) return `unknown format "${f}" (${FORMATS.join(', ')})`;
        a.format = f as Args['format'];
      } else if (v === '--fail-on') {
        a.failOn = next();
        if (!(a.failOn in RANK) && a.failOn !== 'never') return `--fail-on takes error, warning, info, hint or never`;
      } else if (v === '--max-warnings') {
        const n = next();
        if (!/^\d+$/.test(n)) return `--max-warnings takes a whole number, not "${n}"`;
        a.maxWarnings = +n;
      } else if (v === '--changed-since') a.changedSince = next();
      else if (v === '--stdin') a.stdin = true;
      else if (v === '--stdin-filename') a.stdinFilename = next();
      else if (v === '--fix') a.fix = true;
      else if (v === '--quiet') a.quiet = true;
      else if (v === '--config') a.config = next();
      else if (v === '--report-unused-directives') a.reportUnused = true;
      else if (v === '--cache') a.cache ??= '.copydeskcache';
      else if (v === '--cache-location') a.cache = next();
      else if (v === '-h' || v === '--help') return 'help';
      else if (v === '-v' || v === '--version') return 'version';
      else if (v.startsWith('-')) return `unknown option "${v}"`;
      else a.paths.push(v);
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (a.paths.length === 0) a.paths.push('.');
  if (a.stdin && a.fix) return '--fix cannot be used with --stdin (there is no file to write)';
  if (a.stdinFilename && !a.stdin) return '--stdin-filename needs --stdin';
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

export function run(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean; readStdin?: () => Buffer }): number {
  const args = parseArgs(argv);
  if (args === 'help') {
    io.out(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (args === 'version') {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (typeof args === 'string') {
    io.err(`copydesk: ${args}\n\n${USAGE}`);
    return 2;
  }
  // Config: --config for everything, else the nearest .copydesk.json above each file (cached per folder).
  const configAt = configLoader(args.config, (errors) => errors.forEach((e) => io.err(`copydesk: config: ${e}`)));
  const ioErrors: string[] = [];
  const files = expand(args.paths, configAt, ioErrors);
  // Every config's errors are reported, also for folders whose files turn out unreadable.
  for (const f of files) configAt(path.dirname(f));
  let report: string[] = files;
  const stdinFile = args.stdin ? path.resolve(args.stdinFilename ?? 'stdin.txt') : undefined;
  let stdinText: string | undefined;
  if (stdinFile) {
    const r = decodeArticle((io.readStdin ?? (() => fs.readFileSync(0)))());
    if (!r.ok) {
      io.err(`copydesk: standard input: ${r.reason}`);
      return 2;
    }
    stdinText = r.text;
    report = [stdinFile];
  }
  if (args.changedSince) {
    const changed = changedFiles(args.changedSince);
    if (typeof changed === 'string') {
      io.err(`copydesk: --changed-since ${args.changedSince}: ${changed}`);
      return 2;
    }
    report = report.filter((f) => changed.has(f));
  }

  const settings: CheckSettings = { config: args.config, fix: args.fix, quiet: args.quiet, reportUnused: args.reportUnused, cache: args.cache && path.resolve(args.cache) };
  // One thread: measured on 2 cores, threads that each analyse every file (all are sources) and
  // check a share were no faster (6.4 s against 6.0 s for 1,000 files), and threads that analyse a
  // share each and send the analyses back were slower (6.6–6.8 s against 5.7–6.1 s): two analyses
  // at once, each thread warming up its own code, ran at about 1.15 times one (CHANGELOG, "Tried
  // and dropped").
  const stdinArticle = stdinFile && stdinText !== undefined ? { file: stdinFile, text: stdinText } : undefined;
  const json: JsonFinding[] = checkAll(files, report, configAt, settings, ioErrors, io.err, writeAtomic, stdinArticle);

  if (args.format === 'json') io.out(JSON.stringify(json, null, 2) + '\n');
  else if (args.format === 'sarif') io.out(JSON.stringify(sarif(json, pathToFileURL(process.cwd()).href, VERSION), null, 2) + '\n');
  else if (args.format === 'github') {
    if (json.length) io.out(github(json) + '\n');
  } else {
    const s = stylish(json, io.isTTY && !process.env.NO_COLOR);
    if (s) io.out(s + '\n');
    else if (ioErrors.length === 0) io.out(`No problems in ${report.length} file${report.length === 1 ? '' : 's'}.\n`);
  }
  for (const e of ioErrors) io.err(`copydesk: ${e}`);
  if (files.length === 0 && !stdinFile && ioErrors.length === 0) io.err('copydesk: no article files found (default pattern **/*.txt; see "files" in .copydesk.json)');
  if (ioErrors.length) return 2;
  const failOn = args.failOn ?? (args.maxWarnings !== undefined ? 'error' : 'warning');
  const threshold = failOn === 'never' ? Infinity : RANK[failOn as Severity];
  const warnings = json.filter((f) => f.severity === 'warning').length;
  if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
    io.err(`copydesk: ${warnings} warnings, more than --max-warnings ${args.maxWarnings}`);
    return 1;
  }
  return json.some((f) => RANK[f.severity] >= threshold) ? 1 : 0;
}

/** Absolute paths of files changed since a git ref: committed, staged, unstaged and untracked. */
function changedFiles(ref: string): Set<string> | string {
  const git = (args: string[]) => execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  try {
    const top = git(['rev-parse', '--show-toplevel']).trim();
    const names = [...git(['diff', '--name-only', '-z', ref, '--']).split('\0'), ...git(['ls-files', '--others', '--exclude-standard', '-z', '--full-name']).split('\0')];
    return new Set(names.filter(Boolean).map((n) => path.resolve(top, n)));
  } catch (e) {
    const msg = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split('\n')[0];
    return msg || 'git failed';
  }
}

/** Write to a temp file beside the target, then rename: a crash mid-write leaves the original. */
export function writeAtomic(file: string, data: string | (Buffer | FileRange)[]): void {
  const tmp = `${file}.copydesk-${process.pid}.tmp`;
  if (typeof data === 'string') fs.writeFileSync(tmp, data);
  else writeChunks(tmp, data);
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/**
 * Writes the chunks one after another: joining a 20 MB cache into one buffer first cost a copy of
 * it. A file range is copied through one small buffer.
 */
function writeChunks(file: string, chunks: (Buffer | FileRange)[]): void {
  const fd = fs.openSync(file, 'w');
  let through: Buffer | undefined;
  const writeAll = (buf: Buffer, length: number) => {
    for (let done = 0; done < length; ) done += fs.writeSync(fd, buf, done, length - done);
  };
  try {
    for (const c of chunks) {
      if (Buffer.isBuffer(c)) {
        writeAll(c, c.length);
        continue;
      }
      through ??= Buffer.allocUnsafe(COPY_BUFFER_BYTES);
      for (let done = 0; done < c.length; ) {
        const n = fs.readSync(c.fd, through, 0, Math.min(through.length, c.length - done), c.position + done);
        if (n === 0) throw new Error('the file copied from ended early');
        writeAll(through, n);
        done += n;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Small enough that its first touch costs little (fresh memory is slow to touch on small machines). */
const COPY_BUFFER_BYTES = 256 * 1024;

/** Runs the process's command line (dist/cli.js calls this; see launch.ts). */
export function main(): void {
  process.exitCode = run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s + (s.endsWith('\n') ? '' : '\n')), isTTY: !!process.stdout.isTTY });
}

if (require.main === module) main();
