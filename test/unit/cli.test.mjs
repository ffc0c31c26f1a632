import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
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

test('stylish output names the rule and the related source line; no colour when not a TTY', () => {
  const r = run(['check', STORY]);
  assert.match(r.stdout, /Tuesday here; Thursday in 2 other files\.\s+claim-conflict/);
  assert.match(r.stdout, /\u21B3 .*wire\.txt:1/);
  assert.ok(!r.stdout.includes('\u001b['));
});

test('--fix removes only boilerplate, atomically, says what it removed, and a second run finds nothing to fix', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-fix-'));
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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bad-'));
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
