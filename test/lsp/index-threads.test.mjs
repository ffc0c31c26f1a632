// The server indexes a large workspace on worker threads, each numbering words in a list of its
// own; the CLI analyses every file on one thread. Both must find exactly the same problems.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { indexedServer } from './indexed-server.mjs';
import { tempDir, tempPath } from '../temp-dir.mjs';

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

/** These tests need the server's indexing threads, which it starts only with two cores or more. */
const TWO_CORES = { skip: (os.availableParallelism?.() ?? os.cpus().length) < 2 && 'one core: the server indexes on its own thread' };

const key = (file, line, column, rule, message, related) => `${file}:${line}:${column} ${rule} ${message} [${related.join(', ')}]`;

/** Every finding the server gives for the folder's files, keyed as the CLI's. */
async function serverFindings(conn, dir) {
  const actual = [];
  for (const f of fs.readdirSync(dir).sort()) {
    const d = await conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: pathToFileURL(path.join(dir, f)).href } });
    for (const x of d.items) actual.push(key(f, x.range.start.line + 1, x.range.start.character + 1, x.code, x.message, (x.relatedInformation ?? []).map((r) => `${path.basename(new URL(r.location.uri).pathname)}:${r.location.range.start.line + 1}:${r.location.range.start.character + 1}`)));
  }
  return actual.sort();
}

function cliFindings(dir) {
  const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', '--fail-on', 'never', dir], { cwd: dir, encoding: 'utf8' });
  assert.equal(cli.status, 0, cli.stderr);
  return JSON.parse(cli.stdout).map((x) => key(x.file, x.line, x.column, x.rule, x.message, x.related.map((r) => `${r.file}:${r.line}:${r.column}`))).sort();
}

test('a workspace indexed on worker threads gives the same findings as the CLI on one thread', TWO_CORES, async () => {
  const dir = workspace(30); // 90 files: over the 64 from which the server starts threads
  const expected = cliFindings(dir);
  assert.ok(expected.filter((k) => k.includes('claim-conflict')).length >= 30, 'every story has its weekday conflict');

  const { conn, stop } = await indexedServer(dir);
  try {
    assert.deepEqual(await serverFindings(conn, dir), expected);
  } finally {
    stop();
  }
});

/**
 * Runs the server on `dir` with its storage in `storage` and returns its findings and logs, once it
 * has written its index cache (unless `writes` is false: a run that reused every record writes none).
 */
async function session(dir, storage, { writes = true } = {}) {
  const { conn, logs, stop } = await indexedServer(dir, [], { storagePath: storage });
  try {
    const findings = await serverFindings(conn, dir);
    for (let i = 0; writes && i < 200 && !logs().some((m) => /index cache written/.test(m)); i++) await new Promise((r) => setTimeout(r, 50));
    if (!writes) await new Promise((r) => setTimeout(r, 1500)); // past the second after which a write would come
    return { findings, logs: logs() };
  } finally {
    stop();
  }
}

test('a folder opened again reads its unchanged files from the index cache and finds what a fresh index finds', TWO_CORES, async () => {
  const dir = workspace(30);
  const storage = tempDir('storage');
  const first = await session(dir, storage);
  assert.deepEqual(first.findings, cliFindings(dir));
  assert.ok(first.logs.some((m) => /indexed 90 files in [\d.]+ s$/.test(m)), first.logs.join('\n'));
  assert.ok(first.logs.some((m) => /index cache written: 90 files, [\d.]+ MB/.test(m)) && fs.statSync(path.join(storage, 'index-cache.bin')).size > 0, first.logs.join('\n'));

  // One draft's figure changed, one file gone, one new: the changed and new files are analysed again.
  const draft = path.join(dir, 's03-draft.txt');
  fs.writeFileSync(draft, fs.readFileSync(draft, 'utf8').replaceAll('$33 million', '$93 million'));
  fs.rmSync(path.join(dir, 's05-draft.txt'));
  fs.writeFileSync(path.join(dir, 's99-draft.txt'), fs.readFileSync(path.join(STORY, 'draft.txt'), 'utf8'));
  const second = await session(dir, storage);
  assert.ok(second.logs.some((m) => /indexed 90 files in .* \(88 unchanged, read from the index cache\)/.test(m)), second.logs.join('\n'));
  const expected = cliFindings(dir);
  assert.ok(expected.some((k) => k.startsWith('s03-draft.txt') && k.includes('$93 million')), 'the changed figure is found');
  assert.deepEqual(second.findings, expected);

  // A config that changes what the analysis reads (a boilerplate phrase) makes every record stale.
  fs.writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ boilerplatePhrases: ['Gazette app'] }));
  const third = await session(dir, storage);
  assert.ok(!third.logs.some((m) => /read from the index cache/.test(m)), third.logs.join('\n'));
  assert.deepEqual(third.findings, cliFindings(dir));
});

test('a damaged index cache is reported, every file indexed, and the cache written again', TWO_CORES, async () => {
  const dir = workspace(20); // 60 files: indexed on the server's own thread (threads from 64)
  const storage = tempDir('storage');
  const cache = path.join(storage, 'index-cache.bin');
  await session(dir, storage);
  const good = fs.readFileSync(cache);
  const headerEnd = 8 + good.readUInt32LE(4);
  // The first topic word's position: after the header, its SHA-1 and the topics column's 61 starts.
  const firstWord = headerEnd + 20 + 4 * 61;
  // Another word of the list: it reads back as a valid record, which only the checksum tells apart.
  const otherWord = Buffer.from(good);
  otherWord.writeInt32LE(good.readInt32LE(firstWord) === 0 ? 1 : 0, firstWord);
  // A word past the list, in a cache whose checksum was made to match (as a crafted file's would).
  const outside = Buffer.from(good);
  outside.writeInt32LE(0x7fffffff, firstWord);
  crypto.createHash('sha1').update(outside.subarray(8, headerEnd)).update(outside.subarray(headerEnd + 20)).digest().copy(outside, headerEnd);
  for (const [damaged, why] of [[good.subarray(0, good.length >> 1), 'truncated'], [Buffer.from('not a cache at all'), 'not a copydesk index cache'], [otherWord, 'its checksum does not match'], [outside, 'a word outside the word list']]) {
    fs.writeFileSync(cache, damaged);
    const run = await session(dir, storage);
    assert.ok(run.logs.some((m) => m.includes(`is damaged (${why}); indexing every file and rewriting it`)), run.logs.join('\n'));
    assert.ok(!run.logs.some((m) => /read from the index cache/.test(m)));
    assert.deepEqual(run.findings, cliFindings(dir));
    assert.equal(fs.readFileSync(cache, 'latin1').slice(0, 4), 'CDI1', 'written again');
  }
  const again = await session(dir, storage, { writes: false });
  assert.ok(again.logs.some((m) => /\(60 unchanged, read from the index cache\)/.test(m)), again.logs.join('\n'));
  assert.ok(!again.logs.some((m) => /index cache written/.test(m)), 'nothing changed, nothing written');
  assert.deepEqual(again.findings, cliFindings(dir));

  // Storage that cannot hold a cache (a file where the folder should be): said, and nothing else changes.
  const blocked = tempPath('storage-is-a-file');
  fs.writeFileSync(blocked, 'x');
  const run = await session(dir, blocked, { writes: false });
  assert.ok(run.logs.some((m) => /index cache .* could not be read/.test(m)) && run.logs.some((m) => /index cache .* could not be written .*; the next start indexes every file again/.test(m)), run.logs.join('\n'));
  assert.deepEqual(run.findings, cliFindings(dir));
});
