import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkAll, rule, lib } from './helpers.mjs';
import { tempDir } from '../temp-dir.mjs';

const QUOTE = '\u201CWe will rebuild the pier before the storms arrive this year.\u201D';

test('disable-next-line, disable/enable blocks, disable-file and verified silence findings', () => {
  const base = `The council met.\n${QUOTE}\n`;
  assert.equal(rule(checkAll({ a: base }).a, 'unattributed-quote').length, 1);
  for (const d of ['copydesk: disable-next-line unattributed-quote', 'copydesk: disable-next-line', 'copydesk: verified', '// copydesk: disable-file unattributed-quote']) {
    const t = `The council met.\n${d}\n${QUOTE}\n`;
    assert.equal(rule(checkAll({ a: t }).a, 'unattributed-quote').length, 0, d);
  }
  const block = `copydesk: disable unattributed-quote\n${QUOTE}\ncopydesk: enable unattributed-quote\n${QUOTE.replace('pier', 'jetty')}\n`;
  assert.equal(rule(checkAll({ a: block }).a, 'unattributed-quote').length, 1);
  const other = `copydesk: disable-next-line page-boilerplate\n${QUOTE}\n`;
  assert.equal(rule(checkAll({ a: other }).a, 'unattributed-quote').length, 1, 'a directive for another rule does not silence this one');
});

test('every finding offers a directive fix that inserts a line and touches no article text', () => {
  const t = `The council met.\n${QUOTE}\n`;
  const f = rule(checkAll({ a: t }).a, 'unattributed-quote')[0];
  const silence = f.fixes.find((x) => x.title.startsWith('Silence'));
  const fixed = lib.applyEdits(t, silence.edits);
  assert.equal(fixed, `The council met.\ncopydesk: disable-next-line unattributed-quote\n${QUOTE}\n`);
  assert.equal(rule(checkAll({ a: fixed }).a, 'unattributed-quote').length, 0);
});

test('per-rule severity: off drops a rule, others change severity', () => {
  const t = `The council met.\n${QUOTE}\n\nAdvertisement\n`;
  const off = checkAll({ a: t }, { check: { severity: { 'unattributed-quote': 'off', 'page-boilerplate': 'error' } } }).a;
  assert.equal(rule(off, 'unattributed-quote').length, 0);
  assert.equal(rule(off, 'page-boilerplate')[0].severity, 'error');
});


test('config: a broken .copydesk.json gives one clear error naming file and key; defaults stay', () => {
  const dir = tempDir('cfg');
  fs.writeFileSync(path.join(dir, '.copydesk.json'), '{"rules": {"claim-conflict": "loud", "no-such-rule": "off"}, "files": "x"}');
  fs.writeFileSync(path.join(dir, 'a.txt'), `The council met.\n${QUOTE}\n`);
  const r = runCli(['check', '--format', 'json', dir]);
  assert.match(r.stderr, /\.copydesk\.json: "rules\.claim-conflict" must be one of off\|hint\|info\|warning\|error/);
  assert.match(r.stderr, /"rules\.no-such-rule" is not a Copydesk rule/);
  assert.match(r.stderr, /"files" must be a list of strings/);
  assert.equal(JSON.parse(r.stdout).length, 1);
  fs.writeFileSync(path.join(dir, '.copydesk.json'), '{ not json');
  const r2 = runCli(['check', dir]);
  assert.match(r2.stderr, /not valid JSON/);
});

test('config: rules and boilerplatePhrases from .copydesk.json apply', () => {
  const dir = tempDir('cfg');
  fs.writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ rules: { 'unattributed-quote': 'off' }, boilerplatePhrases: ['Alder Gazette Plus'] }));
  fs.writeFileSync(path.join(dir, 'a.txt'), `The council met to discuss the harbour and its future for the town.\n${QUOTE}\nAlder Gazette Plus\n`);
  const out = JSON.parse(runCli(['check', '--format', 'json', dir]).stdout);
  assert.deepEqual(out.map((f) => f.rule), ['page-boilerplate']);
});

test('allowedTerms: numbers inside a term are not claims, a quote of the term needs no speaker, a line of it is not boilerplate', () => {
  const draft = 'The Alder Air Boeing 737 left the harbour airfield on Monday with 140 passengers, the airline said.\n\n\u201CNobody gets left behind on the pier tonight.\u201D\n\nRead More\n';
  const wire = 'The Alder Air Boeing 747 left the harbour airfield on Monday with 140 passengers, the airline said.\n';
  const plain = checkAll({ draft, wire, notes: wire });
  assert.ok(rule(plain.draft, 'claim-conflict').length > 0, 'without the term, 737 against 747 conflicts');
  assert.ok(rule(plain.draft, 'unattributed-quote').length > 0);
  assert.ok(rule(plain.draft, 'page-boilerplate').length > 0);
  const analyze = { allowedTerms: ['Boeing 737', 'Boeing 747', 'nobody gets left behind on the pier tonight', 'READ MORE'] };
  const allowed = checkAll({ draft, wire, notes: wire }, { analyze });
  assert.deepEqual(allowed.draft.map((f) => f.rule), []);
  // The claim that is not inside a term is still compared.
  assert.ok(lib.analyzeDocument(draft, analyze).claimSentences.some((cs) => cs.claims.some((c) => c.text.includes('140'))));
});

test('config: allowedTerms from .copydesk.json apply; a bad value is named', () => {
  const dir = tempDir('cfg');
  fs.writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ allowedTerms: ['Read More'] }));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'The council met to discuss the harbour and its future for the town, the mayor said.\n\nRead More\n');
  assert.deepEqual(JSON.parse(runCli(['check', '--format', 'json', dir]).stdout), []);
  fs.writeFileSync(path.join(dir, '.copydesk.json'), JSON.stringify({ allowedTerms: 'Read More' }));
  assert.match(runCli(['check', dir]).stderr, /"allowedTerms" must be a list of strings/);
});

import { spawnSync } from 'node:child_process';
export function runCli(args, opts = {}) {
  const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, '../../dist/cli.js'), ...args], { encoding: 'utf8', ...opts });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('globs: **, *, ?, {a,b}; a hostile pattern from an untrusted workspace cannot hang the matcher', async () => {
  const { createRequire } = await import('node:module');
  const { matchesAny, globMatch } = createRequire(import.meta.url)('../../dist/glob.js');
  const yes = [
    ['**/*.txt', 'a.txt'], ['**/*.txt', 'x/y/a.txt'], ['drafts/**', 'drafts/a/b.txt'], ['src/**/*.md', 'src/a.md'], ['src/**/*.md', 'src/x/y/a.md'],
    ['*.{txt,md}', 'a.md'], ['story-?.txt', 'story-1.txt'], ['**/node_modules/**', 'x/node_modules/y/z.txt'], ['a/**/b/**/c.txt', 'a/b/c.txt'],
  ];
  const no = [['*.txt', 'a/b.txt'], ['**/*.txt', 'a.md'], ['story-?.txt', 'story-12.txt'], ['src/**/*.md', 'lib/a.md'], ['*.{txt,md}', 'a.doc'], ['drafts/*', 'drafts/a/b.txt']];
  for (const [g, p] of yes) assert.ok(globMatch(g, p), `${g} should match ${p}`);
  for (const [g, p] of no) assert.ok(!globMatch(g, p), `${g} should not match ${p}`);
  assert.ok(matchesAny('deep/dir/LICENSE.txt', ['LICENSE*']), 'a glob without a slash matches the base name anywhere');
  const t0 = performance.now();
  const hostile = ['**/'.repeat(40) + 'x', '*a'.repeat(40) + '*b', '{a,b}'.repeat(20), '?'.repeat(300) + '*'.repeat(300)];
  const longPath = ('a'.repeat(200) + '/').repeat(20) + 'a'.repeat(250);
  for (const g of hostile) globMatch(g, longPath);
  assert.ok(performance.now() - t0 < 500, `hostile globs took ${(performance.now() - t0).toFixed(0)} ms`);
});

test('globs: random patterns and paths match as the same glob written as a regular expression does', async () => {
  // The matcher turns a path away when one of the pattern's literal runs is missing from it, before
  // its table walk: both must agree with a plain translation (safe here: the patterns are ours).
  const { createRequire } = await import('node:module');
  const { globMatch } = createRequire(import.meta.url)('../../dist/glob.js');
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  const asRegExp = (glob) => {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
      if (glob.startsWith('**/', i)) [out, i] = [out + '(?:[^/]*/)*', i + 2];
      else if (glob.startsWith('**', i)) [out, i] = [out + '.*', i + 1];
      else if (glob[i] === '*') out += '[^/]*';
      else if (glob[i] === '?') out += '[^/]';
      else if (glob[i] === '{') {
        const close = glob.indexOf('}', i);
        out += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      } else out += escape(glob[i]);
    }
    return new RegExp(`^${out}$`);
  };
  const globParts = ['a', 'b', '.txt', '/', '*', '**', '**/', '?', '{a,b}', '{txt,md}', 'x.', '-'];
  const pathParts = ['a', 'b', '.txt', '.md', '/', 'x.', '-', 'ab', 'c'];
  let seed = 7;
  const pick = (list) => list[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % list.length];
  const join = (list, most) => Array.from({ length: 1 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % most) }, () => pick(list)).join('');
  let matched = 0;
  for (let i = 0; i < 5000; i++) {
    const glob = join(globParts, 6);
    const p = join(pathParts, 7);
    const expected = asRegExp(glob).test(p);
    assert.equal(globMatch(glob, p), expected, `${glob} against ${p}`);
    if (expected) matched++;
  }
  assert.ok(matched > 300, `only ${matched} of the pairs match: the test would not see a wrong "no"`);
});

test('a directive line between two lines of furniture parts their block: fix-all keeps the directive', () => {
  // Found by the fuzz test (seed 955432647): the block ran over the directive, and its fix deleted it.
  const text = 'Advertisement\ncopydesk: verified\nAdvertisement\nThe ferry to Harwick was cancelled on Monday because of a storm, the operator said.\n';
  const findings = checkAll({ a: text }).a;
  const out = lib.applyEdits(text, lib.fixAllEdits(findings));
  assert.ok(out.includes('copydesk: verified'), out);
  assert.ok(out.includes('The ferry to Harwick'), out);
});
