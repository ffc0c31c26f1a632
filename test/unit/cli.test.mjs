import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { tempDir, tempPath } from '../temp-dir.mjs';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const STORY = path.resolve(import.meta.dirname, '../fixtures/story');
const run = (args, cwd = process.cwd()) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('json output: stable shape, 1-based positions, files relative to the current folder, related lines', () => {
  const r = run(['check', '--format', 'json', 'story'], path.dirname(STORY));
  assert.equal(r.code, 1);
  const out = JSON.parse(r.stdout);
  const keys = ['file', 'line', 'column', 'endLine', 'endColumn', 'rule', 'severity', 'message', 'related'];
  for (const f of out) assert.deepEqual(Object.keys(f), keys);
  const conflict = out.find((f) => f.rule === 'claim-conflict');
  assert.equal(conflict.file, 'story/draft.txt');
  assert.equal(conflict.line, 3);
  assert.equal(conflict.column, 40);
  assert.deepEqual(conflict.related.map((r) => r.file).sort(), ['story/transcript.txt', 'story/wire.txt']);
  assert.ok(out.some((f) => f.rule === 'unattributed-quote' && f.line === 7));
  assert.ok(out.some((f) => f.rule === 'quote-differs' && /an open \u2192 a blank/.test(f.message)));
  assert.ok(out.some((f) => f.rule === 'page-boilerplate'));
});

test('exit codes: 0 clean, 1 findings at --fail-on, 2 usage and I/O errors', () => {
  const dir = tempDir('cli');
  fs.writeFileSync(path.join(dir, 'clean.txt'), 'The harbour council met on Monday and agreed to repair the bridge next spring, officials said.\n');
  assert.equal(run(['check', dir]).code, 0);
  assert.equal(run(['check', STORY]).code, 1);
  assert.equal(run(['check', '--fail-on', 'error', STORY]).code, 0);
  assert.equal(run(['check', '--fail-on', 'never', STORY]).code, 0);
  assert.equal(run(['check', '--format', 'xml', STORY]).code, 2);
  assert.equal(run(['check', '--bogus']).code, 2);
  assert.equal(run(['check', path.join(dir, 'missing.txt')]).code, 2);
  assert.equal(run([]).code, 2);
});

test('--version and -v print the package version and exit 0, before or after the command', () => {
  const { version } = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'));
  for (const args of [['--version'], ['-v'], ['check', '--version']]) {
    const r = run(args);
    assert.equal(r.code, 0, args.join(' '));
    assert.equal(r.stdout, `${version}\n`);
  }
});

test('stylish output names the rule and the related source line; no colour when not a TTY', () => {
  const r = run(['check', STORY]);
  assert.match(r.stdout, /Tuesday here; Thursday in 2 other files\.\s+claim-conflict/);
  assert.match(r.stdout, /\u21B3 .*wire\.txt:1/);
  assert.ok(!r.stdout.includes('\u001b['));
});

test('--fix removes only boilerplate, atomically, says what it removed, and a second run finds nothing to fix', () => {
  const dir = tempDir('fix');
  for (const f of fs.readdirSync(STORY)) fs.copyFileSync(path.join(STORY, f), path.join(dir, f));
  const before = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
  const r = run(['check', '--fix', dir]);
  assert.match(r.stderr, /fixed draft\.txt|fixed .*draft\.txt: removed boilerplate/);
  const after = fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8');
  assert.ok(!after.includes('Advertisement') && !after.includes('Share this article') && !after.includes('Read More'));
  // Every article line is still there, in order.
  const kept = before.split('\n').filter((l) => !['Advertisement', 'Share this article', 'Read More'].includes(l) && l !== '');
  assert.deepEqual(after.split('\n').filter((l) => l !== ''), kept);
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temp file left behind');
  const again = run(['check', '--fix', '--format', 'json', dir]);
  assert.ok(!again.stderr.includes('fixed'));
  assert.equal(fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8'), after);
});

test('binary and invalid UTF-8 files get a clear message; other files are still checked', () => {
  const dir = tempDir('bad');
  fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('caf\xe9 au lait\n', 'latin1'));
  fs.writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Share\n', 'utf16le')]));
  fs.writeFileSync(path.join(dir, 'ok.txt'), 'Advertisement\nThe harbour council met on Monday and agreed to repair the bridge, officials said.\n');
  const r = run(['check', '--format', 'json', dir]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bin\.txt: binary file/);
  assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
  const out = JSON.parse(r.stdout);
  assert.ok(out.some((f) => f.file.endsWith('ok.txt') && f.rule === 'page-boilerplate'));
  assert.ok(out.some((f) => f.file.endsWith('utf16.txt')), 'UTF-16 with BOM is decoded and checked');
});

const runIn = (args, cwd, input) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('sarif output validates against the SARIF 2.1.0 schema, with the sources as relatedLocations', async () => {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv');
  const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const ajv = new Ajv({ schemaId: 'id', allErrors: true });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(schema);
  const r = runIn(['check', '--format', 'sarif', 'story'], path.dirname(STORY));
  assert.equal(r.code, 1);
  const log = JSON.parse(r.stdout);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 1));
  const results = log.runs[0].results;
  assert.equal(results.length, 5);
  const conflict = results.find((x) => x.ruleId === 'claim-conflict');
  assert.equal(log.runs[0].tool.driver.rules[conflict.ruleIndex].id, 'claim-conflict');
  assert.deepEqual(conflict.locations[0].physicalLocation.region, { startLine: 3, startColumn: 40, endLine: 3, endColumn: 47 });
  assert.deepEqual(conflict.relatedLocations.map((l) => l.physicalLocation.artifactLocation.uri).sort(), ['story/transcript.txt', 'story/wire.txt']);
  // The related region covers the source's value ("Thursday", 8 characters).
  for (const l of conflict.relatedLocations) assert.equal(l.physicalLocation.region.endColumn - l.physicalLocation.region.startColumn, 8);
  // A log with nothing found is valid too.
  const dir = tempDir('sarif');
  fs.writeFileSync(path.join(dir, 'a.txt'), 'The ferry left the harbour at dawn on Monday, the port office said.\n');
  const empty = JSON.parse(runIn(['check', '--format', 'sarif', '.'], dir).stdout);
  assert.ok(validate(empty));
  assert.equal(empty.runs[0].results.length, 0);
});

test('github format: one workflow command per finding, properties escaped', () => {
  const r = runIn(['check', '--format', 'github', 'story'], path.dirname(STORY));
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 5);
  assert.equal(
    lines[0],
    '::warning file=story/draft.txt,line=3,col=40,endLine=3,endColumn=47,title=copydesk claim-conflict::Tuesday here; Thursday in 2 other files. (story/wire.txt:1, story/transcript.txt:7)',
  );
  const dir = tempDir('gh');
  fs.writeFileSync(path.join(dir, 'a,b:c.txt'), 'Advertisement\n\nThe ferry left the harbour at dawn on Monday, the port office said in a statement to reporters.\n');
  const esc = runIn(['check', '--format', 'github', '.'], dir).stdout;
  assert.match(esc, /^::warning file=a%2Cb%3Ac\.txt,line=1,/);
});

test('--max-warnings: more warnings than allowed exit 1; warnings alone then no longer fail', () => {
  const cwd = path.dirname(STORY);
  assert.equal(runIn(['check', '--max-warnings', '5', 'story'], cwd).code, 0);
  const over = runIn(['check', '--max-warnings', '4', 'story'], cwd);
  assert.equal(over.code, 1);
  assert.match(over.stderr, /5 warnings, more than --max-warnings 4/);
  assert.equal(runIn(['check', '--max-warnings', '5', '--fail-on', 'warning', 'story'], cwd).code, 1);
  assert.equal(runIn(['check', '--max-warnings', 'many', 'story'], cwd).code, 2);
});

test('--stdin: the piped text stands for the named file and is checked against the others on disk', () => {
  const dir = tempDir('stdin');
  for (const f of fs.readdirSync(STORY)) fs.copyFileSync(path.join(STORY, f), path.join(dir, f));
  const draft = fs.readFileSync(path.join(STORY, 'draft.txt'), 'utf8');
  const r = runIn(['check', '--stdin', '--stdin-filename', 'draft.txt', '--format', 'json', '.'], dir, draft.replace('Tuesday', 'Thursday'));
  const out = JSON.parse(r.stdout);
  assert.ok(out.every((f) => f.file === 'draft.txt'));
  assert.ok(!out.some((f) => f.rule === 'claim-conflict'), 'the buffer, not the disk, is checked');
  assert.ok(out.some((f) => f.rule === 'unattributed-quote'));
  const asIs = JSON.parse(runIn(['check', '--stdin', '--stdin-filename', 'draft.txt', '--format', 'json', '.'], dir, draft).stdout);
  assert.ok(asIs.some((f) => f.rule === 'claim-conflict' && f.related.length === 2));
  assert.equal(runIn(['check', '--stdin', '--fix', '.'], dir, draft).code, 2);
  const bin = runIn(['check', '--stdin', '.'], dir, Buffer.from([0x41, 0, 0x42]));
  assert.equal(bin.code, 2);
  assert.match(bin.stderr, /standard input: .*binary/i);
});

test('--changed-since: only files changed since the ref are reported; the others still count as sources', () => {
  const dir = tempDir('git');
  for (const f of fs.readdirSync(STORY)) fs.copyFileSync(path.join(STORY, f), path.join(dir, f));
  const git = (...a) => spawnSync('git', a, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'sources');
  assert.equal(runIn(['check', '--changed-since', 'HEAD', '.'], dir).code, 0);
  fs.appendFileSync(path.join(dir, 'draft.txt'), '\nThe bridge reopens next year.\n');
  const out = JSON.parse(runIn(['check', '--changed-since', 'HEAD', '--format', 'json', '.'], dir).stdout);
  assert.deepEqual([...new Set(out.map((f) => f.file))], ['draft.txt']);
  assert.ok(out.some((f) => f.rule === 'claim-conflict'), 'unchanged sources are still compared against');
  fs.writeFileSync(path.join(dir, 'new-notes.txt'), 'Advertisement\n\nThe ferry left the harbour at dawn on Monday, the port office said in a statement.\n');
  const files = new Set(JSON.parse(runIn(['check', '--changed-since', 'HEAD', '--format', 'json', '.'], dir).stdout).map((f) => f.file));
  assert.ok(files.has('new-notes.txt'), 'untracked files count as changed');
  const bad = runIn(['check', '--changed-since', 'no-such-ref', '.'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--changed-since no-such-ref/);
});

test('--fix is atomic: a crash while writing, or a failed rename, leaves the original file whole', () => {
  const setup = () => {
    const dir = tempDir('crash');
    for (const f of fs.readdirSync(STORY)) fs.copyFileSync(path.join(STORY, f), path.join(dir, f));
    return dir;
  };
  const original = fs.readFileSync(path.join(STORY, 'draft.txt'), 'utf8');
  // 1. The process dies half-way through writing the fixed text.
  const crash = tempPath('crash.cjs');
  fs.writeFileSync(crash, `const fs = require('fs'); const w = fs.writeFileSync;
fs.writeFileSync = function (file, data, ...rest) {
  if (String(file).includes('.copydesk-')) { w.call(fs, file, String(data).slice(0, 40), ...rest); process.kill(process.pid, 'SIGKILL'); }
  return w.call(fs, file, data, ...rest);
};`);
  const dir1 = setup();
  const killed = spawnSync(process.execPath, ['--require', crash, CLI, 'check', '--fix', dir1], { encoding: 'utf8' });
  assert.equal(killed.signal, 'SIGKILL');
  assert.equal(fs.readFileSync(path.join(dir1, 'draft.txt'), 'utf8'), original, 'the draft is untouched');
  // 2. The rename fails (a locked file, a full disk): the error is named and the temp file removed.
  const fail = tempPath('renamefail.cjs');
  fs.writeFileSync(fail, `const fs = require('fs'); fs.renameSync = () => { throw Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' }); };`);
  const dir2 = setup();
  const r = spawnSync(process.execPath, ['--require', fail, CLI, 'check', '--fix', dir2], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /draft\.txt: could not write the fix \(EBUSY: resource busy\); file left as it was/);
  assert.equal(fs.readFileSync(path.join(dir2, 'draft.txt'), 'utf8'), original);
  assert.deepEqual(fs.readdirSync(dir2).filter((f) => f.includes('.copydesk-')), []);
});

test("V8's cache of the CLI's compiled code: used only when made from these program bytes, whole, by this Node; otherwise the program compiles as usual, same output", () => {
  const dir = tempDir('code-cache');
  for (const f of ['cli.js', 'cli-main.js', 'cli-main.code-cache']) fs.copyFileSync(path.join(path.dirname(CLI), f), path.join(dir, f));
  const cache = path.join(dir, 'cli-main.code-cache');
  const check = (nodeFlags = []) => {
    const r = spawnSync(process.execPath, [...nodeFlags, path.join(dir, 'cli.js'), 'check', '--format', 'json', STORY], { encoding: 'utf8', env: { ...process.env, COPYDESK_CODE_CACHE: 'report' } });
    assert.equal(r.status, 1, r.stderr);
    return { findings: r.stdout, use: /^code cache: (.*)$/m.exec(r.stderr)?.[1] };
  };
  const used = check();
  assert.equal(used.use, 'used', 'the build leaves a cache that matches its program');
  assert.ok(JSON.parse(used.findings).length > 0);
  const same = (got, use) => {
    assert.equal(got.use, use);
    assert.equal(got.findings, used.findings);
  };
  same(check(['--stack-size=900']), 'rejected by this Node'); // V8 compares its flags
  const bytes = fs.readFileSync(cache);
  const damaged = Buffer.from(bytes);
  damaged[damaged.length >> 1] ^= 0x20;
  fs.writeFileSync(cache, damaged);
  same(check(), 'damaged');
  fs.writeFileSync(cache, bytes.subarray(0, 30));
  same(check(), 'damaged');
  fs.writeFileSync(cache, bytes);
  // The same length, other bytes (V8's own test compares only the source's length).
  const program = path.join(dir, 'cli-main.js');
  const source = fs.readFileSync(program, 'utf8');
  fs.writeFileSync(program, source.replace('"use strict";', "'use strict';"));
  assert.equal(fs.statSync(program).size, Buffer.byteLength(source));
  same(check(), 'made from other program bytes');
  fs.writeFileSync(program, source);
  fs.rmSync(cache);
  same(check(), 'none');
});
