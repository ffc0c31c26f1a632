// npm run bench: speed figures (a benchmark, not a test). Prints a table and writes bench-results.json.
// Every figure is also given as a ratio to a baseline measured in the same run (read the bytes, one
// regex pass), because these machines are noisy: ratios travel, absolute times do not.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { paragraphPool, makeArticle, workspace, rng } from './corpus.mjs';
import { stdioConnection } from '../lsp/connection.mjs';
import { indexedServer } from '../lsp/indexed-server.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '../..');
const lib = require(path.join(ROOT, 'dist/lib.js'));
const SHARED = process.env.COPYDESK_SHARED ?? path.resolve(ROOT, '../shared');
const QUICK = process.argv.includes('--quick');
const BIG = QUICK ? 2000 : 10000;

const pool = paragraphPool(SHARED, ROOT);
const r = rng(11);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const now = () => performance.now();

function timeIt(fn, { warm = 5, runs = 30 } = {}) {
  for (let i = 0; i < warm; i++) fn(i);
  const xs = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    fn(i);
    xs.push(now() - t);
  }
  return { median: median(xs), p95: p95(xs) };
}

const results = {};
const rows = [];
const row = (name, value, unit, budget, ratio) => rows.push([name, `${value.toFixed(unit === 'MB/s' || unit === 's' ? 2 : 3)} ${unit}`, budget ?? '', ratio ?? '']);

// Baseline: read bytes and one regex pass over them.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'));
const wsSmall = path.join(tmp, 'ws1k');
fs.mkdirSync(wsSmall);
let smallBytes = 0;
for (const f of workspace(pool, 1000, 1000, 3)) {
  fs.writeFileSync(path.join(wsSmall, f.name), f.text);
  smallBytes += Buffer.byteLength(f.text);
}
const baseline = (() => {
  const files = fs.readdirSync(wsSmall);
  const t = timeIt(() => {
    let hits = 0;
    for (const f of files) {
      const s = fs.readFileSync(path.join(wsSmall, f), 'utf8');
      hits += (s.match(/\b\d+(?:\.\d+)?\b/g) ?? []).length;
    }
    return hits;
  }, { warm: 1, runs: 5 });
  return (smallBytes / 1e6) / (t.median / 1000);
})();
results.baseline_mb_per_s = baseline;
row('baseline: read + one regex pass (1,000 files)', baseline, 'MB/s');
const perMb = (ms, bytes) => ms / (bytes / 1e6); // ms per MB
const ratio = (ms, bytes) => `${(perMb(ms, bytes) / (1000 / baseline)).toFixed(1)}x baseline`;

// analyzeDocument.
const art1k = makeArticle(pool, r, 1000);
const art50k = makeArticle(pool, r, 50000);
const a1 = timeIt(() => lib.analyzeDocument(art1k), { warm: 20, runs: 100 });
const a50 = timeIt(() => lib.analyzeDocument(art50k), { warm: 2, runs: 15 });
results.analyze_1k_words_ms_median = a1.median;
results.analyze_50k_words_ms_median = a50.median;
row('analyzeDocument, 1,000 words (median)', a1.median, 'ms', '<= 2 ms', ratio(a1.median, art1k.length));
row('analyzeDocument, 50,000 words (median)', a50.median, 'ms', '<= 100 ms', ratio(a50.median, art50k.length));

// checkDocument against 1,000 and 10,000 files.
function corpusOf(n, seed) {
  const c = new lib.Corpus();
  const names = [];
  for (const f of workspace(pool, n, 1000, seed)) {
    c.set(f.name, lib.analyzeDocument(f.text));
    names.push(f.name);
  }
  return { c, names };
}
for (const n of [1000, BIG]) {
  const { c, names } = corpusOf(n, 5);
  const draft = names[0];
  const t = timeIt(() => lib.checkDocument(draft, c.get(draft), c), { warm: 3, runs: 20 });
  results[`check_1k_words_${n === 1000 ? '1k' : '10k'}_corpus_ms_median`] = t.median;
  row(`checkDocument, 1,000-word draft vs ${n.toLocaleString('en')} files (median)`, t.median, 'ms', n === 1000 ? '' : 'p95 edit <= 50 ms');
}

// Server: cold index of BIG files from disk, then edit-to-diagnostics latency.
const wsBig = path.join(tmp, 'wsbig');
fs.mkdirSync(wsBig);
for (const f of workspace(pool, BIG, 1000, 9)) fs.writeFileSync(path.join(wsBig, f.name), f.text);
const server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
server.stdin.on('error', () => undefined); // a late reply to a server being stopped
const conn = stdioConnection(server);
let refreshed;
const firstRefresh = new Promise((res) => (refreshed = res));
let progressLast = '';
conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
conn.onRequest('window/workDoneProgress/create', () => null);
let refreshes = 0;
conn.onRequest('workspace/diagnostic/refresh', () => (refreshes++, refreshed(), null));
conn.onNotification('$/progress', (p) => (progressLast = p.value?.message ?? progressLast));
conn.onNotification(() => undefined);
conn.listen();
await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(wsBig).href, workspaceFolders: [{ uri: pathToFileURL(wsBig).href, name: 'ws' }], capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, window: { workDoneProgress: true } } });
const t0 = now();
conn.sendNotification('initialized', {});
await firstRefresh;
const indexS = (now() - t0) / 1000;
const rss = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
results.index_10k_files_s = indexS;
results.index_10k_files_peak_rss_mb = rss;
results.index_files = BIG;
row(`server: index ${BIG.toLocaleString('en')} files from disk (progress: ${progressLast || 'n/a'})`, indexS, 's', '<= 15 s');
row(`server: peak RSS after indexing ${BIG.toLocaleString('en')} files`, rss, 'MB', '<= 600 MB');

const draftName = fs.readdirSync(wsBig).sort()[0];
const uri = pathToFileURL(path.join(wsBig, draftName)).href;
let text = fs.readFileSync(path.join(wsBig, draftName), 'utf8');
conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
const lat = [];
for (let i = 0; i < 60; i++) {
  // Change one word, as typing does, and time until the new diagnostics arrive.
  text = text.replace(/\b(the|a)\b/, i % 2 ? 'the' : 'a');
  const t = now();
  conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: i + 2 }, contentChanges: [{ text }] });
  await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  if (i >= 10) lat.push(now() - t);
}
results.edit_to_diagnostics_p95_ms = p95(lat);
results.edit_to_diagnostics_median_ms = median(lat);
row(`server: edit-to-diagnostics with ${BIG.toLocaleString('en')} files indexed (p95)`, p95(lat), 'ms', '<= 50 ms');

// Files opened one after another across the workspace: time until each one's first findings. Most
// of the files it compares with have no analysis in memory (the server keeps 2,000).
{
  const names = fs.readdirSync(wsBig).sort();
  const open = [];
  for (let k = 0; k < 30; k++) {
    const other = pathToFileURL(path.join(wsBig, names[(k * 331 + 7) % names.length])).href;
    const t = now();
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri: other, languageId: 'plaintext', version: 1, text: fs.readFileSync(fileURLToPath(other), 'utf8') } });
    await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: other } });
    open.push(now() - t);
    conn.sendNotification('textDocument/didClose', { textDocument: { uri: other } });
  }
  results.open_to_diagnostics_median_ms = median(open);
  results.open_to_diagnostics_p95_ms = p95(open);
  row(`server: open a file to its first findings, ${BIG.toLocaleString('en')} files indexed (median / p95 of 30)`, median(open), 'ms', '', `p95 ${p95(open).toFixed(0)} ms`);
}

// The server keeps recently used analyses, so its footprint after checking differs from after indexing.
results.server_peak_rss_after_edits_mb = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
row('server: peak RSS after the edits above', results.server_peak_rss_after_edits_mb, 'MB');
// A long file (1.9 million characters of workspace text) opened and then edited: time until its
// findings arrive, and the slowest answer to another file's request meanwhile (hover + diagnostics).
{
  const longUri = pathToFileURL(path.join(wsBig, 'zz-long-transcript.txt')).href;
  let long = '';
  for (const f of fs.readdirSync(wsBig).sort().slice(1)) {
    if (long.length >= 1_900_000) break;
    long += fs.readFileSync(path.join(wsBig, f), 'utf8') + '\n';
  }
  const waits = [];
  const findingsArrive = async (version, body) => {
    const t = now();
    conn.sendNotification(version === 1 ? 'textDocument/didOpen' : 'textDocument/didChange', version === 1 ? { textDocument: { uri: longUri, languageId: 'plaintext', version, text: body } } : { textDocument: { uri: longUri, version }, contentChanges: [{ text: body }] });
    for (let seen = refreshes; ; ) {
      const w = now();
      await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
      await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      waits.push(now() - w);
      await new Promise((r) => setTimeout(r, 25));
      // The long file's (large) diagnostics are asked for only after a refresh, as an editor does,
      // so the waits above measure the server, not the transfer of thousands of diagnostics.
      if (refreshes === seen) continue;
      seen = refreshes;
      const items = (await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: longUri } })).items;
      // Opened: any findings. Edited (an "Advertisement" line added on top): its finding, which only
      // the re-check gives; the last findings, moved down a line, are shown before that.
      if (items.length > 0 && (version === 1 || items.some((x) => x.range.start.line === 0 && x.code === 'page-boilerplate'))) return now() - t;
      if (now() - t > 120000) throw new Error('long file never checked');
    }
  };
  results.long_file_chars = long.length;
  results.long_file_open_to_findings_s = (await findingsArrive(1, long)) / 1000;
  results.long_file_edit_to_findings_s = (await findingsArrive(2, 'Advertisement\n' + long)) / 1000;
  results.long_file_other_requests_max_ms = Math.max(...waits);
  results.long_file_other_requests_p95_ms = p95(waits);
  row(`server: ${(long.length / 1e6).toFixed(1)}M-char file, open to findings / edit to findings`, results.long_file_open_to_findings_s, 's', '', `edit: ${results.long_file_edit_to_findings_s.toFixed(2)} s`);
  row('server: other file\'s hover + diagnostics meanwhile (max)', results.long_file_other_requests_max_ms, 'ms', '', `p95 ${results.long_file_other_requests_p95_ms.toFixed(0)} ms over ${waits.length}`);
  results.server_peak_rss_after_long_file_mb = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  row('server: peak RSS after the long file (worker thread included)', results.server_peak_rss_after_long_file_mb, 'MB');
  conn.sendNotification('textDocument/didClose', { textDocument: { uri: longUri } });
}

// Stop it as an editor does, so no reply is left to write into a closed pipe.
await conn.sendRequest('shutdown');
conn.sendNotification('exit');
await new Promise((r) => (server.exitCode !== null ? r() : server.once('exit', r)));
conn.dispose();

// The folder opened again in an editor that gives the server a storage folder (VS Code does): the
// first session indexes every file and writes its index cache, the next reads every unchanged
// file's record back. Wall time to the first findings, and the peak RSS once the cache is written.
async function indexWithStorage(storagePath, expectWrite) {
  const { logs, stop, pid, indexSeconds } = await indexedServer(wsBig, [], { storagePath });
  try {
    const written = () => logs().some((m) => m.includes('index cache written'));
    for (let i = 0; i < 600 && (expectWrite ? !written() : i < 30); i++) await new Promise((r) => setTimeout(r, 50));
    if (expectWrite && !written()) throw new Error(`index cache not written: ${logs().join('; ')}`);
    const rss = Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    const reused = Number(/\((\d+) unchanged, read from the index cache\)/.exec(logs().join('\n'))?.[1] ?? 0);
    return { s: indexSeconds, rss, reused };
  } finally {
    stop();
  }
}
{
  const storage = path.join(tmp, 'storage');
  const first = await indexWithStorage(storage, true);
  const again = await indexWithStorage(storage, false);
  if (again.reused !== BIG) throw new Error(`the second session read ${again.reused} of ${BIG} records from the index cache`);
  results.index_cache_mb = fs.statSync(path.join(storage, 'index-cache.bin')).size / 1e6;
  results.index_10k_files_writing_cache_s = first.s;
  results.index_10k_files_writing_cache_peak_rss_mb = first.rss;
  results.index_10k_files_from_cache_s = again.s;
  results.index_10k_files_from_cache_peak_rss_mb = again.rss;
  row(`server: index ${BIG.toLocaleString('en')} files, first session with storage (writes a ${results.index_cache_mb.toFixed(0)} MB index cache)`, first.s, 's', '', `peak RSS ${first.rss.toFixed(0)} MB`);
  row(`server: index the same ${BIG.toLocaleString('en')} files again, unchanged (from the index cache)`, again.s, 's', '', `peak RSS ${again.rss.toFixed(0)} MB`);
}

// CLI over the 1,000-file folder: ms for one `copydesk check --format json` with these options
// (cliRun: and what it wrote to stderr).
const cliRun = (options, env = {}) => {
  const t = now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', ...options, wsSmall], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });
  return { ms: now() - t, stderr: r.stderr };
};
const timeCli = (...options) => cliRun(options).ms;
const cliT = [timeCli(), timeCli(), timeCli()];
const cli = (smallBytes / 1e6) / (median(cliT) / 1000);
results.cli_mb_per_s = cli;
row(`CLI: copydesk check over 1,000 files (${(smallBytes / 1e6).toFixed(1)} MB), no cache`, cli, 'MB/s', '>= 5 MB/s', `${(baseline / cli).toFixed(1)}x slower than baseline`);

// The same run with only the single-file rules on: reading, analysing and indexing the files, the
// floor under the cross-file checks (the rules that read other files are turned off by a config).
const singleFileConfig = path.join(tmp, 'single-file-rules.json');
fs.writeFileSync(singleFileConfig, JSON.stringify({ rules: { 'unattributed-quote': 'off', 'quote-differs': 'off', 'quote-not-in-sources': 'off', 'claim-conflict': 'off' } }));
const floorT = [timeCli('--config', singleFileConfig), timeCli('--config', singleFileConfig), timeCli('--config', singleFileConfig)];
results.cli_single_file_rules_mb_per_s = smallBytes / 1e6 / (median(floorT) / 1000);
row('CLI: the same, only single-file rules (no cross-file check)', results.cli_single_file_rules_mb_per_s, 'MB/s', '', `${(median(floorT) / 1000).toFixed(2)} s; the full run ${(median(cliT) / 1000).toFixed(2)} s`);

// CLI with --cache: the run that writes it, unchanged re-runs, and re-runs after 2 of the 1,000
// files changed (a figure edited in each: the usual commit in CI).
const cacheFile = path.join(tmp, 'bench.copydeskcache');
const cliCached = () => timeCli('--cache-location', cacheFile);
const writing = cliCached();
results.cli_cache_size_mb = fs.statSync(cacheFile).size / 1e6;
const unchangedT = [cliCached(), cliCached(), cliCached()];
const changedT = [];
const names = fs.readdirSync(wsSmall).sort();
const picked = (i) => [names[(i * 397) % names.length], names[(i * 397 + 211) % names.length]].map((n) => path.join(wsSmall, n));
for (let i = 0; i < 3; i++) {
  for (const f of picked(i)) fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/\d+/, (d) => String(+d + 7)));
  changedT.push(cliCached());
}
// And after a quote changed in 2 files (a word of each file's first quote replaced: a quote
// corrected), in the same files, so the cache stays within its 1% bound of files changed.
const quoteT = [];
const quoteRechecked = [];
for (let i = 0; i < 3; i++) {
  for (const f of picked(i)) fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/(\u201C(?:[^\s\u201D]+ ){3})[^\s\u201D]+/, (_, head) => `${head}revised${i}`));
  const r = cliRun(['--cache-location', cacheFile], { COPYDESK_CACHE_STATS: '1' });
  quoteT.push(r.ms);
  quoteRechecked.push(/^cache: (\d+) of/m.exec(r.stderr)?.[1] ?? 'all');
}
results.cli_cache_first_run_mb_per_s = smallBytes / 1e6 / (writing / 1000);
results.cli_cached_unchanged_mb_per_s = smallBytes / 1e6 / (median(unchangedT) / 1000);
results.cli_cached_2_changed_mb_per_s = smallBytes / 1e6 / (median(changedT) / 1000);
row(`CLI --cache: first run (writes a ${results.cli_cache_size_mb.toFixed(0)} MB cache)`, results.cli_cache_first_run_mb_per_s, 'MB/s', '>= 5 MB/s');
row('CLI --cache: nothing changed', results.cli_cached_unchanged_mb_per_s, 'MB/s', '>= 5 MB/s', `${(baseline / results.cli_cached_unchanged_mb_per_s).toFixed(1)}x slower than baseline`);
row('CLI --cache: 2 of 1,000 files changed', results.cli_cached_2_changed_mb_per_s, 'MB/s', '>= 5 MB/s', `${(baseline / results.cli_cached_2_changed_mb_per_s).toFixed(1)}x slower than baseline`);
results.cli_cached_2_quotes_changed_mb_per_s = smallBytes / 1e6 / (median(quoteT) / 1000);
row('CLI --cache: a quote changed in 2 of 1,000 files', results.cli_cached_2_quotes_changed_mb_per_s, 'MB/s', '', `files re-checked: ${quoteRechecked.join(', ')}`);

// CLI over the 10,000-file folder the server indexed: a newsroom archive in CI. Wall time and the
// process's peak RSS (its high-water mark, read until it exits).
const bigRun = await new Promise((resolve) => {
  const t = now();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', wsBig], { stdio: ['ignore', 'ignore', 'ignore'] });
  let peak = 0;
  const poll = setInterval(() => {
    try {
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
    } catch {
      // exited between two polls
    }
  }, 50);
  child.on('exit', () => (clearInterval(poll), resolve({ s: (now() - t) / 1000, peak })));
});
results.cli_10k_files_s = bigRun.s;
results.cli_10k_files_peak_rss_mb = bigRun.peak;
row(`CLI: copydesk check over ${BIG.toLocaleString('en')} files, no cache`, bigRun.s, 's', '', `peak RSS ${bigRun.peak.toFixed(0)} MB`);

fs.rmSync(tmp, { recursive: true, force: true });
results.machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, date: new Date().toISOString(), quick: QUICK };
const w = [0, 1, 2, 3].map((i) => Math.max(...[['measure', 'value', 'budget', 'ratio'], ...rows].map((x) => String(x[i]).length)));
for (const x of [['measure', 'value', 'budget', 'ratio'], ...rows]) console.log(x.map((c, i) => String(c).padEnd(w[i])).join('  '));
fs.writeFileSync(path.join(ROOT, 'bench-results.json'), JSON.stringify(results, null, 1) + '\n');
console.log('\nwritten: bench-results.json');
