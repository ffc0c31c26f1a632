// The server indexes a large workspace on worker threads, each numbering words in a list of its
// own; the CLI analyses every file on one thread. Both must find exactly the same problems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { indexedServer } from './indexed-server.mjs';
import { tempDir } from '../temp-dir.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const STORY = path.join(ROOT, 'test/fixtures/story');

// Invented places and people: every story brings words no other story has, so the threads' word
// lists differ in content and order.
const TOWNS = ['Lowmere', 'Quillbrook', 'Saltridge', 'Fennick Bay', 'Harrowgate', 'Orlin Falls', 'Tessaby', 'Dunmarrow', 'Wexhollow', 'Brackenford'];
const MAYORS = ['Ruth Abernethy', 'Tomas Ferreira', 'Ngozi Adeyemi', 'Pieter Vos', 'Lena Marchetti'];
const STREETS = ['Gannet', 'Osprey', 'Heron', 'Plover', 'Curlew', 'Merlin'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

function story(i) {
  const town = TOWNS[i % TOWNS.length] + (i >= TOWNS.length ? ` ${['North', 'South'][Math.floor(i / TOWNS.length) - 1]}` : '');
  const day = DAYS[i % DAYS.length];
  const wrongDay = DAYS[(i + 2) % DAYS.length];
  return (text, isDraft) =>
    text
      .replaceAll('Port Alder', town)
      .replaceAll('Helen Okafor', MAYORS[i % MAYORS.length])
      .replaceAll('Okafor', MAYORS[i % MAYORS.length].split(' ')[1])
      .replaceAll('Kestrel', STREETS[i % STREETS.length])
      .replaceAll('$42 million', `$${30 + i} million`)
      .replaceAll('Tuesday', isDraft ? wrongDay : day)
      .replaceAll('Thursday', day)
      .replaceAll('7-2', `${5 + (i % 4)}-${i % 3}`);
}

function workspace(stories) {
  const dir = tempDir('threads');
  for (let i = 0; i < stories; i++) {
    const edit = story(i);
    for (const f of fs.readdirSync(STORY)) fs.writeFileSync(path.join(dir, `s${String(i).padStart(2, '0')}-${f}`), edit(fs.readFileSync(path.join(STORY, f), 'utf8'), f === 'draft.txt'));
  }
  return dir;
}

const key = (file, line, column, rule, message, related) => `${file}:${line}:${column} ${rule} ${message} [${related.join(', ')}]`;

test('a workspace indexed on worker threads gives the same findings as the CLI on one thread', { skip: (os.availableParallelism?.() ?? os.cpus().length) < 2 && 'one core: the server indexes on its own thread' }, async () => {
  const dir = workspace(30); // 90 files: over the 64 from which the server starts threads
  const files = fs.readdirSync(dir).sort();
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', '--fail-on', 'never', dir], { cwd: dir, encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  const expected = JSON.parse(cli.stdout).map((x) => key(x.file, x.line, x.column, x.rule, x.message, x.related.map((r) => `${r.file}:${r.line}:${r.column}`))).sort();
  assert.ok(expected.filter((k) => k.includes('claim-conflict')).length >= 30, 'every story has its weekday conflict');

  const { conn, stop } = await indexedServer(dir);
  try {
    const actual = [];
    for (const f of files) {
      const d = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: pathToFileURL(path.join(dir, f)).href } });
      for (const x of d.items) actual.push(key(f, x.range.start.line + 1, x.range.start.character + 1, x.code, x.message, (x.relatedInformation ?? []).map((r) => `${path.basename(new URL(r.location.uri).pathname)}:${r.location.range.start.line + 1}:${r.location.range.start.character + 1}`)));
    }
    assert.deepEqual(actual.sort(), expected);
  } finally {
    stop();
  }
});
