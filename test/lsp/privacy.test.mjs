// Unpublished copy never leaves the machine: the CLI and the language server (with its indexing
// threads) run a full session under a guard that fails on any network access.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { indexedServer } from './indexed-server.mjs';
import { tempDir } from '../temp-dir.mjs';
import { stdioConnection } from './connection.mjs';

const require = createRequire(import.meta.url);
const rpc = require('vscode-jsonrpc/node');
const ROOT = path.resolve(import.meta.dirname, '../..');
const GUARD = path.join(ROOT, 'test/guard/no-network.cjs');
const STORY = path.join(ROOT, 'test/fixtures/story');
const MARK = 'COPYDESK-NETWORK-ATTEMPT';

function workspace() {
  const dir = tempDir('privacy');
  for (const f of fs.readdirSync(STORY)) fs.copyFileSync(path.join(STORY, f), path.join(dir, f));
  // Enough files that the server indexes with worker threads.
  const wire = fs.readFileSync(path.join(STORY, 'wire.txt'), 'utf8');
  for (let i = 0; i < 80; i++) fs.writeFileSync(path.join(dir, `copy-${i}.txt`), wire.replace('7-2', `${7 + (i % 3)}-2`));
  return dir;
}

test('the guard itself catches a connection attempt (so the tests below can fail)', () => {
  const r = spawnSync(process.execPath, ['--require', GUARD, '-e', "require('net').connect(80, '127.0.0.1')"], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, new RegExp(MARK));
  const f = spawnSync(process.execPath, ['--require', GUARD, '-e', "fetch('http://127.0.0.1:9/').catch(() => {})"], { encoding: 'utf8' });
  assert.match(f.stderr, new RegExp(MARK));
});

test('copydesk check opens no network connection', () => {
  const dir = workspace();
  const r = spawnSync(process.execPath, ['--require', GUARD, path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'sarif', '--fix', dir], { encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.doesNotMatch(r.stderr, new RegExp(MARK));
});

test('a language-server session (indexing threads, diagnostics, hover, fixes, workspace check) opens no network connection', async () => {
  const dir = workspace();
  const { conn, stderr, stop } = await indexedServer(dir, ['--require', GUARD]);
  try {
    const uri = pathToFileURL(path.join(dir, 'draft.txt')).href;
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8') } });
    const d = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(d.items.length > 0);
    await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 41 } });
    await conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.items[0].range, context: { diagnostics: d.items } });
    const check = await conn.sendRequest('workspace/executeCommand', { command: 'copydesk.server.checkWorkspace', arguments: [] });
    assert.ok(check.files >= 83);
  } finally {
    stop();
  }
  assert.doesNotMatch(stderr(), new RegExp(MARK));
});

test('a cancelled workspace check stops with RequestCancelled; the server keeps answering', async () => {
  const dir = workspace();
  const proc = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => (stderr += d));
  let exited;
  proc.once('exit', (code, signal) => (exited = code ?? signal));
  const conn = stdioConnection(proc);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('window/workDoneProgress/create', () => null);
  let refreshes = 0;
  conn.onRequest('workspace/diagnostic/refresh', () => (refreshes++, null));
  conn.onNotification(() => undefined);
  conn.listen();
  const refreshAfter = async (n) => {
    while (refreshes <= n) {
      // A server gone fails the test with what it printed, instead of leaving it waiting.
      if (exited !== undefined) throw new Error(`server exited (${exited}): ${stderr.slice(-2000)}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  try {
    await conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'w' }], capabilities: { workspace: { diagnostics: { refreshSupport: true } } } });
    conn.sendNotification('initialized', {});
    await refreshAfter(0); // indexed
    const source = new rpc.CancellationTokenSource();
    const pending = conn.sendRequest('workspace/executeCommand', { command: 'copydesk.server.checkWorkspace', arguments: [] }, source.token);
    setTimeout(() => source.cancel(), 20);
    await assert.rejects(pending, (e) => e.code === -32800);
    const uri = pathToFileURL(path.join(dir, 'draft.txt')).href;
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: fs.readFileSync(path.join(dir, 'draft.txt'), 'utf8') } });
    const d = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
    assert.ok(d.items.some((x) => x.code === 'claim-conflict'));
  } finally {
    conn.dispose();
    proc.kill();
  }
});
