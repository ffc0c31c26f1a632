// Files that are not plain text, or not there, or not readable: each gets one clear message and the
// rest of the workspace is still checked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { tempDir } from '../temp-dir.mjs';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const GOOD = 'Advertisement\n\nThe harbour council met on Monday and agreed to repair the bridge, officials said.\n';
const run = (args, opts = {}) => {
  const r = spawnSync(opts.command ?? process.execPath, [...(opts.prefix ?? []), CLI, ...args], { encoding: 'utf8', timeout: 60000, ...opts.spawn });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, error: r.error };
};

test('a 200 MB file is not read (one message, fast); the other files are checked', () => {
  const dir = tempDir('huge');
  const fd = fs.openSync(path.join(dir, 'dump.txt'), 'w');
  fs.ftruncateSync(fd, 200 * 1024 * 1024); // sparse: no 200 MB written to the test machine's disk
  fs.closeSync(fd);
  fs.writeFileSync(path.join(dir, 'ok.txt'), GOOD);
  const t0 = Date.now();
  const r = run(['check', '--format', 'json', dir]);
  assert.ok(Date.now() - t0 < 10000);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /dump\.txt: file is 200 MB, over the 50 MB read limit; not checked/);
  assert.ok(JSON.parse(r.stdout).some((f) => f.file.endsWith('ok.txt')));
});

test('a symlink loop in the workspace is not followed; a symlinked article file is not read twice', () => {
  const dir = tempDir('loop');
  fs.mkdirSync(path.join(dir, 'a'));
  fs.symlinkSync(dir, path.join(dir, 'a', 'back-to-top'));
  fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'a', 'self'));
  fs.writeFileSync(path.join(dir, 'a', 'ok.txt'), GOOD);
  fs.symlinkSync(path.join(dir, 'a', 'ok.txt'), path.join(dir, 'alias.txt'));
  const r = run(['check', '--format', 'json', dir]);
  assert.equal(r.error, undefined);
  const files = new Set(JSON.parse(r.stdout).map((f) => f.file));
  assert.deepEqual([...files].map((f) => path.basename(f)), ['ok.txt']);
});

test('a file that vanishes or is not a file gets a clear message', () => {
  const dir = tempDir('gone');
  fs.writeFileSync(path.join(dir, 'ok.txt'), GOOD);
  const r = run(['check', path.join(dir, 'ok.txt'), path.join(dir, 'gone.txt')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /gone\.txt: no such file or folder/);
  assert.match(r.stdout, /ok\.txt/);
});

test('an unreadable file gets "permission denied"; the others are checked', (t) => {
  const dir = tempDir('perm');
  // The CLI may run as another user (below): it must reach the folder through the test folder too.
  for (const d of [path.dirname(dir), dir]) fs.chmodSync(d, 0o755);
  fs.writeFileSync(path.join(dir, 'ok.txt'), GOOD);
  fs.writeFileSync(path.join(dir, 'secret.txt'), GOOD);
  fs.chmodSync(path.join(dir, 'ok.txt'), 0o644);
  fs.chmodSync(path.join(dir, 'secret.txt'), 0o000);
  let opts = {};
  if (process.getuid?.() === 0) {
    // Root reads anything: run the CLI as an unprivileged user instead, when the machine allows it.
    const probe = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, '-e', `require(${JSON.stringify(CLI)})`], { encoding: 'utf8' });
    if (probe.status !== 0) return t.skip(`running as root and cannot run as "nobody" here: ${(probe.stderr || String(probe.error)).trim().split('\n')[0]}`);
    opts = { command: 'runuser', prefix: ['-u', 'nobody', '--', process.execPath] };
  }
  const r = run(['check', '--format', 'json', dir], opts);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /secret\.txt: permission denied/);
  assert.ok(JSON.parse(r.stdout).some((f) => f.file.endsWith('ok.txt')));
});
