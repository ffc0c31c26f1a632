// copydesk check --cache: a cached run must print exactly what a fresh run prints, whatever changed
// between runs (edits, new and deleted files, config), and a damaged cache must never cost a result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { spawnSync } from 'node:child_process';
import { lib } from './helpers.mjs';
import { tempDir } from '../temp-dir.mjs';

const CLI = path.resolve(import.meta.dirname, '../../dist/cli.js');
const run = (args, cwd, env = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

// Invented stories: each has its own vocabulary, figures and quotes, so files cluster by story.
const STORIES = [
  { place: 'Harwick', thing: 'harbour bridge', who: 'Mayor Ilse Brandt', verb: 'repair', unit: 'million', amount: 14, day: 'Tuesday', quote: 'We cannot let the bridge rust while ferries wait in the fog' },
  { place: 'Lowmere', thing: 'school lunch programme', who: 'Superintendent Oren Vasquez', verb: 'expand', unit: 'thousand meals', amount: 38, day: 'Monday', quote: 'Every child in this district deserves a hot meal before noon' },
  { place: 'Kettle Ridge', thing: 'wildfire evacuation', who: 'Fire Chief Dana Okafor', verb: 'order', unit: 'homes', amount: 220, day: 'Friday', quote: 'The wind turned faster than any model we had predicted' },
  { place: 'Brackenford', thing: 'transit strike', who: 'union steward Pavel Lindqvist', verb: 'end', unit: 'drivers', amount: 640, day: 'Wednesday', quote: 'Our members will not return until the night routes are staffed safely' },
  { place: 'Saltby', thing: 'hospital wing', who: 'hospital director Mira Castellanos', verb: 'open', unit: 'beds', amount: 96, day: 'Thursday', quote: 'The new wing gives our nurses room to breathe during the winter surge' },
  { place: 'Dunmore', thing: 'river flood barrier', who: 'engineer Tobias Grune', verb: 'raise', unit: 'metres', amount: 3, day: 'Saturday', quote: 'A barrier this tall buys the old town another fifty years of dry cellars' },
];

function storyParagraphs(s, r) {
  const n = (x) => (r() < 0.2 ? Math.max(1, Math.round(x * (1 + (r() - 0.5) * 0.6))) : x);
  return [
    `Officials in ${s.place} voted on ${s.day} to ${s.verb} the ${s.thing}, a plan costing ${n(s.amount)} ${s.unit} according to council papers.`,
    `"${s.quote}," ${s.who} said at a news conference in ${s.place}.`,
    `"${s.quote}."`,
    `The ${s.thing} plan was first proposed ${n(4)} years ago and stalled twice in committee.`,
    `Residents of ${s.place} packed the hall for the ${n(37)}th meeting on the ${s.thing}, which lasted ${n(5)} hours.`,
    `${s.who} told reporters the work would begin within ${n(6)} weeks and employ about ${n(120)} people.`,
    `Critics in ${s.place} argued the ${s.thing} budget had grown by ${n(18)} percent since the first estimate.`,
    'Advertisement',
    'Share this article',
  ];
}

function writeWorkspace(dir, seed) {
  const r = rng(seed);
  fs.mkdirSync(dir, { recursive: true });
  STORIES.forEach((s, i) => {
    for (let k = 0; k < 5; k++) {
      const paras = storyParagraphs(s, r).filter(() => r() < 0.75);
      fs.writeFileSync(path.join(dir, `story${i}-${k}.txt`), `${s.place} ${s.thing} update\n\n${paras.join('\n\n')}\n`);
    }
  });
}

/** One random change to the workspace: edit a number, drop or add a paragraph, add or delete a file, drop a speech verb, swap two words of a quote, or change the config. */
function mutate(dir, r) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const pick = () => path.join(dir, files[Math.floor(r() * files.length)]);
  const kind = Math.floor(r() * 8);
  if (kind === 0) {
    const f = pick();
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/\d+/, (d) => String(+d + 3)));
  } else if (kind === 1) {
    const f = pick();
    const lines = fs.readFileSync(f, 'utf8').split('\n');
    lines.splice(2 + Math.floor(r() * (lines.length - 2)), 1);
    fs.writeFileSync(f, lines.join('\n'));
  } else if (kind === 2) {
    const from = fs.readFileSync(pick(), 'utf8').split('\n').filter((l) => l.length > 30);
    const f = pick();
    fs.appendFileSync(f, `\n${from[Math.floor(r() * from.length)] ?? 'A late paragraph.'}\n`);
  } else if (kind === 3) {
    const s = STORIES[Math.floor(r() * STORIES.length)];
    fs.writeFileSync(path.join(dir, `late-${Math.floor(r() * 1e6)}.txt`), storyParagraphs(s, r).join('\n\n') + '\n');
  } else if (kind === 4) {
    fs.rmSync(pick());
  } else if (kind === 5) {
    const f = pick();
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(' said', ''));
  } else if (kind === 6) {
    // A quote's words swapped: the quote changes for the files that share it, its file's other quotes do not.
    const f = pick();
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace(/"(\S+) (\S+) /, '"$2 $1 '));
  } else {
    const rules = r() < 0.5 ? { 'claim-conflict': 'error' } : { 'page-boilerplate': 'off' };
    fs.writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ rules }));
  }
}

test('--cache: after random edits, new and deleted files and config changes, a cached run prints what a fresh run prints', () => {
  const dir = tempDir('cache');
  const ws = path.join(dir, 'ws');
  writeWorkspace(ws, 3);
  const r = rng(99);
  let reused = 0;
  // One change per round: with 30 files every second round is incremental (drift from the last
  // full run is bounded at one file here), the others full runs.
  for (let round = 0; round < 14; round++) {
    if (round > 0) mutate(ws, r);
    const cached = run(['check', '--cache', '--format', 'json', 'ws'], dir, { COPYDESK_CACHE_STATS: '1' });
    const fresh = run(['check', '--format', 'json', 'ws'], dir);
    assert.equal(cached.stdout, fresh.stdout, `round ${round}`);
    assert.equal(cached.code, fresh.code);
    const stats = /^cache: (\d+) of (\d+) files re-checked\n/.exec(cached.stderr);
    if (stats) reused++;
    assert.equal(cached.stderr.replace(/^cache: .*\n/, ''), fresh.stderr);
    assert.ok(JSON.parse(fresh.stdout).length > 0);
  }
  assert.ok(reused >= 4, `the incremental path ran in ${reused} of 14 rounds`);
  // An unchanged run answers from the cache without rewriting it.
  const unchanged = run(['check', '--cache', '--format', 'json', 'ws'], dir);
  const mtime = fs.statSync(path.join(dir, '.copydeskcache')).mtimeMs;
  assert.equal(run(['check', '--cache', '--format', 'json', 'ws'], dir).stdout, unchanged.stdout);
  assert.equal(fs.statSync(path.join(dir, '.copydeskcache')).mtimeMs, mtime);
});

test('--cache: a file whose quote source moves or vanishes is re-checked, and so is a file a new source now matches', () => {
  const dir = tempDir('cache-dep');
  writeWorkspace(dir, 5);
  const q = STORIES[0].quote;
  const rows = (args) => JSON.parse(run(['check', '--format', 'json', ...args, '.'], dir).stdout);
  const draft = path.join(dir, 'draft.txt');
  fs.writeFileSync(draft, `Harwick harbour bridge repair vote\n\n"${q.replace('rust', 'corrode')}," ${STORIES[0].who} said on Tuesday.\n`);
  rows(['--cache']);
  // The only file with the exact quote changes above it: the related line moves; cached and fresh agree.
  for (const f of fs.readdirSync(dir).filter((f) => f.startsWith('story0-'))) fs.writeFileSync(path.join(dir, f), `Updated at noon\n\n${fs.readFileSync(path.join(dir, f), 'utf8')}`);
  assert.deepEqual(rows(['--cache']), rows([]));
  for (const f of fs.readdirSync(dir).filter((f) => f.startsWith('story0-'))) fs.rmSync(path.join(dir, f));
  const gone = rows(['--cache']);
  assert.deepEqual(gone, rows([]));
  assert.ok(!gone.some((f) => f.rule === 'quote-differs'), 'no source left to differ from');
});

test('--cache: a damaged or foreign cache file is reported, replaced, and costs no finding', () => {
  const dir = tempDir('cache-bad');
  writeWorkspace(path.join(dir, 'ws'), 8);
  const fresh = run(['check', '--format', 'json', 'ws'], dir).stdout;
  const loc = path.join(dir, 'c.bin');
  for (const bad of [Buffer.from('CDC1\xff\xff\xff\x7fgarbage', 'latin1'), Buffer.from('{"format":1}'), Buffer.alloc(0)]) {
    fs.writeFileSync(loc, bad);
    const r = run(['check', '--cache-location', 'c.bin', '--format', 'json', 'ws'], dir);
    assert.equal(r.stdout, fresh);
    assert.match(r.stderr, /cache .*c\.bin is unreadable .*rewriting it/);
    assert.equal(run(['check', '--cache-location', 'c.bin', '--format', 'json', 'ws'], dir).stderr, '', 'rewritten: read cleanly next time');
  }
  // A cache from other settings (another working folder) is ignored silently, not misapplied.
  fs.mkdirSync(path.join(dir, 'sub'));
  const other = run(['check', '--cache-location', '../c.bin', '--format', 'json', '../ws'], path.join(dir, 'sub'));
  assert.equal(other.stderr, '');
  assert.equal(other.stdout, run(['check', '--format', 'json', '../ws'], path.join(dir, 'sub')).stdout);
  // Standard input is never cached; --fix with --cache still fixes.
  const fix = run(['check', '--cache', '--fix', '--format', 'json', 'ws'], dir);
  assert.match(fix.stderr, /fixed .*removed boilerplate/);
  assert.equal(run(['check', '--cache', '--format', 'json', 'ws'], dir).stdout, run(['check', '--format', 'json', 'ws'], dir).stdout);
});

test('--cache: one byte of the cache changed anywhere (index, records, analyses) never changes what a run prints', () => {
  // Before the cache had checksums, such a byte made a run print other findings about once in twenty.
  const dir = tempDir('cache-byte');
  writeWorkspace(path.join(dir, 'ws'), 11);
  const fresh = run(['check', '--format', 'json', 'ws'], dir).stdout;
  const loc = path.join(dir, 'c.bin');
  run(['check', '--cache-location', 'c.bin', '--format', 'json', 'ws'], dir);
  const good = fs.readFileSync(loc);
  const indexEnd = 8 + good.readUInt32LE(4);
  const r = rng(5);
  let reported = 0;
  for (let i = 0; i < 24; i++) {
    const bad = Buffer.from(good);
    // Alternately in the index and in what follows it (checksum, record columns, analyses).
    const at = i % 2 ? 8 + Math.floor(r() * (indexEnd - 8)) : indexEnd + Math.floor(r() * (bad.length - indexEnd));
    bad[at] ^= 1 << Math.floor(r() * 8);
    fs.writeFileSync(loc, bad);
    const res = run(['check', '--cache-location', 'c.bin', '--format', 'json', 'ws'], dir);
    assert.equal(res.stdout, fresh, `byte ${at} of ${bad.length} changed`);
    if (/unreadable/.test(res.stderr)) reported++;
  }
  assert.ok(reported >= 8, `only ${reported} of 24 damaged caches were reported`);
});

test('--cache: a stored analysis damaged so that it still reads back (a quote\'s word changed) is analysed again, not trusted', () => {
  // Without the analyses' checksums, the run after the edit below warned that the edited file's quote
  // differed from its sources ("rest → rust"): the sources' quotes it read were the damaged ones.
  const dir = tempDir('cache-analysis');
  const ws = path.join(dir, 'ws');
  fs.mkdirSync(ws);
  const { place, thing, who, quote, amount, unit, day } = STORIES[0];
  for (let k = 0; k < 5; k++) {
    fs.writeFileSync(path.join(ws, `bridge-${k}.txt`), `${place} ${thing} update\n\nOfficials in ${place} voted on ${day} to repair the ${thing}, a plan costing ${amount} ${unit}.\n\n"${quote}," ${who} said at a news conference.\n`);
  }
  run(['check', '--cache-location', 'c.bin', '--format', 'json', 'ws'], dir);
  const target = path.join(ws, 'bridge-0.txt');
  fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('Officials in', 'Officials from'));
  const fresh = run(['check', '--format', 'json', 'ws'], dir).stdout;
  const loc = path.join(dir, 'c.bin');
  const bad = fs.readFileSync(loc);
  const analyses = bad.subarray(8 + bad.readUInt32LE(4));
  let changed = 0;
  for (let at = analyses.indexOf('rust'); at >= 0; at = analyses.indexOf('rust', at + 1), changed++) analyses[at + 1] = 'e'.charCodeAt(0);
  assert.ok(changed > 0, 'the stored analyses hold the quote');
  fs.writeFileSync(loc, bad);
  assert.equal(run(['check', '--cache-location', 'c.bin', '--format', 'json', 'ws'], dir).stdout, fresh);
});

test('a stored analysis restored from its bytes (its quotes and the rest stored apart) equals a fresh analysis of the same text', () => {
  const r = rng(17);
  const texts = [];
  STORIES.forEach((s) => texts.push(storyParagraphs(s, r).join('\n\n'), storyParagraphs(s, r).join('\r\n'), `copydesk: disable-next-line claim-conflict\n${storyParagraphs(s, r).join('\n')}\n"unclosed`));
  for (const text of texts) {
    const a = lib.analyzeDocument(text);
    const { text: _t, lines: _l, quotes, ...rest } = a;
    const back = { ...v8.deserialize(v8.serialize({ ...rest, quotes: undefined })), text, lines: lib.splitLines(text) };
    back.quotes = v8.deserialize(v8.serialize(quotes));
    assert.deepStrictEqual(back, a);
  }
});

/**
 * Which files a --cache run re-checks after `edit` to story0-0.txt, in the story workspace with
 * `extra` as ferry.txt (or without it) and story0-0.txt as `prepare` makes it; the cached run must
 * print what a run without the cache prints.
 */
function recheckedFilesAfterEdit(extra, edit, prepare = (t) => t) {
  const dir = tempDir('cache-recheck');
  writeWorkspace(dir, 5);
  if (extra) fs.writeFileSync(path.join(dir, 'ferry.txt'), extra);
  const f = path.join(dir, 'story0-0.txt');
  fs.writeFileSync(f, prepare(fs.readFileSync(f, 'utf8')));
  run(['check', '--cache', '--format', 'json', '.'], dir);
  fs.writeFileSync(f, edit(fs.readFileSync(f, 'utf8')));
  const cached = run(['check', '--cache', '--format', 'json', '.'], dir, { COPYDESK_CACHE_STATS: 'files' });
  assert.equal(cached.stdout, run(['check', '--format', 'json', '.'], dir).stdout);
  const [, count, names] = /^cache: (\d+) of \d+ files re-checked: (.*)$/m.exec(cached.stderr);
  const files = names.split(' ');
  assert.equal(files.length, Number(count));
  return files;
}
const recheckedAfterEdit = (extra, edit) => recheckedFilesAfterEdit(extra, edit).length;
const editFigure = (t) => t.replace(/\d+/, (d) => String(+d + 3));
const editQuote = (t) => t.replaceAll('bridge rust', 'bridge corrode');

test('--cache: a changed file whose quotes are as they were does not re-check the files that only share a phrase with them; a changed quote does', () => {
  // A file of another story quoting a phrase of story 0's quote: it shares the quote's words, not the quote.
  const phrase = 'Nobody on this island wants ferries to wait in the fog all winter again,';
  const other = `Port Alder ferry timetable\n\n"${phrase}" harbour pilot Ana Ruiz said on Sunday as the new timetable began.\n`;
  const rechecked = (withOther, edit) => recheckedAfterEdit(withOther ? other : undefined, edit);
  // Before, the ferry file was re-checked after either edit: it shares the quote's phrase.
  assert.equal(rechecked(true, editFigure), rechecked(false, editFigure));
  assert.equal(rechecked(true, editQuote), rechecked(false, editQuote) + 1);
});

test('--cache: a file that read only the quotes of a changed file is re-checked when those quotes changed, not when its figures did', () => {
  // Another story quoting story 0's quote whole, with its speaker: its check reads that quote in story 0's files.
  const q = STORIES[0].quote;
  const other = `Port Alder ferry timetable changes\n\nThe Port Alder timetable adds three night sailings to the islands from March, the operator announced on Sunday.\n\nCommuters crowded the terminal cafe to read the printed schedules, and pilots welcomed the extra crossings.\n\nThe operator said ticket prices for students and pensioners stay frozen until the summer season, when a new catamaran joins the fleet.\n\nIsland shopkeepers hope the late sailings bring tourists to their markets, galleries and seafood stalls on weekend evenings.\n\nDeckhands trained over the winter on the new catamaran's lifeboats, radar and engine room, the harbourmaster's office confirmed.\n\nCyclists may board free of charge on weekday mornings, and dogs travel on the open upper deck.\n\nThe timetable also moves the first Saturday departure to dawn, so fishermen reach the mainland auction before it opens.\n\nA consultation on winter storms and cancellations closes in April, with comments invited online and at libraries.\n\nVisiting the terminal, ${STORIES[0].who} recalled her own words: "${q}," ${STORIES[0].who} said.\n`;
  const rechecked = (withOther, edit) => recheckedAfterEdit(withOther ? other : undefined, edit);
  // Before, the ferry file was re-checked after either edit: it had consulted story0-0.
  assert.equal(rechecked(true, editFigure), rechecked(false, editFigure));
  assert.equal(rechecked(true, editQuote), rechecked(false, editQuote) + 1);
});

test('--cache: a changed quote re-checks the files sharing its wording, not a file that read only another quote of the same file', () => {
  // story0-0.txt gains a second quote, which the ferry file (another story) quotes too: its check reads that quote there.
  const second = 'The cannery whistle woke my grandfather every morning before the gulls were up';
  const ferry = `Port Alder ferry timetable changes\n\nThe Port Alder timetable adds three night sailings to the islands from March, the operator announced on Sunday.\n\nCommuters crowded the terminal cafe to read the printed schedules, and pilots welcomed the extra crossings.\n\nThe operator said ticket prices for students and pensioners stay frozen until the summer season, when a new catamaran joins the fleet.\n\nIsland shopkeepers hope the late sailings bring tourists to their markets, galleries and seafood stalls on weekend evenings.\n\nDeckhands trained over the winter on the new catamaran's lifeboats, radar and engine room, the harbourmaster's office confirmed.\n\nCyclists may board free of charge on weekday mornings, and dogs travel on the open upper deck.\n\nThe winter timetable keeps two morning crossings for the hospital shuttle and the school bus from the outer islands.\n\nVolunteers repainted the waiting room, hung tide charts and restored the brass clock above the ticket office.\n\nA local choir will sing on the first night sailing, and the bakery on the quay promises warm rolls for passengers.\n\nAt the terminal museum, a retired skipper read from an old letter: "${second}," skipper Ana Ruiz said.\n`;
  const addSecond = (t) => `${t}\n"${second}," ${STORIES[0].who} said.\n`;
  const rechecked = (edit) => recheckedFilesAfterEdit(ferry, edit, addSecond);
  // Story 0's own quote changed: the ferry file's findings cannot move (before, it was re-checked).
  const own = rechecked(editQuote);
  assert.ok(own.includes('story0-1.txt') && !own.includes('ferry.txt'), own.join(' '));
  // The quote it shares changed: it is re-checked.
  assert.ok(rechecked((t) => t.replace('grandfather', 'grandmother')).includes('ferry.txt'));
});

test('--cache: a file read from the cache as bytes (a UTF-8 byte order mark, UTF-16) gives what a fresh run gives, and one turned into invalid UTF-8 is reported', () => {
  const dir = tempDir('cache-bytes');
  writeWorkspace(dir, 9);
  // Story 0's quote on the first line of two of its files, one saved with a byte order mark, one as UTF-16.
  const s = STORIES[0];
  const lead = `"${s.quote}," ${s.who} said on ${s.day} in ${s.place}.\n\n`;
  const bom = path.join(dir, 'story0-1.txt');
  fs.writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lead + fs.readFileSync(bom, 'utf8'))]));
  const utf16 = path.join(dir, 'story0-2.txt');
  fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lead + fs.readFileSync(utf16, 'utf8'), 'utf16le')]));
  const cachedEqualsFresh = () => {
    const cached = run(['check', '--cache', '--format', 'json', '.'], dir, { COPYDESK_CACHE_STATS: '1' });
    const fresh = run(['check', '--format', 'json', '.'], dir);
    assert.equal(cached.stdout, fresh.stdout);
    assert.equal(cached.stderr.replace(/^cache: .*\n/m, ''), fresh.stderr);
    return cached.stderr;
  };
  cachedEqualsFresh();
  assert.match(cachedEqualsFresh(), /^cache: 0 of/m);
  // A changed quote: story 0's files are checked again, the two above read from their cached bytes.
  const first = path.join(dir, 'story0-0.txt');
  fs.writeFileSync(first, editQuote(fs.readFileSync(first, 'utf8')));
  assert.match(cachedEqualsFresh(), /^cache: [1-9]\d* of/m);
  assert.match(run(['check', '--format', 'json', '.'], dir).stdout, /story0-1\.txt/, 'the file with the byte order mark has findings to compare');
  fs.writeFileSync(path.join(dir, 'story1-0.txt'), Buffer.from([0x48, 0x69, 0xff, 0x0a]));
  assert.match(cachedEqualsFresh(), /story1-0\.txt: not valid UTF-8/);
});

test('--cache: a cache cut short after its index (analyses missing) costs no finding, and the run writes a whole one', () => {
  const dir = tempDir('cache-cut');
  writeWorkspace(dir, 12);
  const fresh = () => run(['check', '--format', 'json', '.'], dir).stdout;
  const cached = () => run(['check', '--cache', '--format', 'json', '.'], dir, { COPYDESK_CACHE_STATS: '1' });
  cached();
  const loc = path.join(dir, '.copydeskcache');
  const whole = fs.readFileSync(loc);
  const indexEnd = 8 + whole.readUInt32LE(4);
  // A figure and a quote changed: files are re-checked, and the analyses they read are not there.
  const first = path.join(dir, 'story0-0.txt');
  fs.writeFileSync(first, editQuote(editFigure(fs.readFileSync(first, 'utf8'))));
  fs.writeFileSync(loc, whole.subarray(0, indexEnd + Math.floor((whole.length - indexEnd) / 3)));
  const r = cached();
  assert.match(r.stderr, /^cache: [1-9]\d* of/m);
  assert.equal(r.stdout, fresh());
  assert.doesNotMatch(r.stderr, /could not write|unreadable/);
  fs.writeFileSync(first, editFigure(fs.readFileSync(first, 'utf8')));
  assert.equal(cached().stdout, fresh());
});
