// A long file's findings carried past an edit while its re-check runs (the server shows these).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { lib, lineOf } from './helpers.mjs';

const story = path.resolve(import.meta.dirname, '../fixtures/story');
const files = Object.fromEntries(fs.readdirSync(story).filter((f) => f.endsWith('.txt')).map((f) => [f, fs.readFileSync(path.join(story, f), 'utf8')]));
const corpus = new lib.Corpus();
for (const [f, t] of Object.entries(files)) corpus.set(f, lib.analyzeDocument(t));
const before = files['draft.txt'];
const findings = lib.checkDocument('draft.txt', corpus.get('draft.txt'), corpus);
const spans = (f) => [f, ...f.fixes.flatMap((x) => x.edits)];

test('carried findings sit on the same words, off the changed lines; the rest all come along', () => {
  assert.ok(findings.length >= 5 && findings.some((f) => f.fixes.length), 'the fixture has findings with fixes');
  fc.assert(
    fc.property(fc.nat(before.length), fc.nat(40), fc.string({ maxLength: 30 }), (at, cut, insert) => {
      const start = Math.min(at, before.length);
      const end = Math.min(before.length, start + cut);
      const after = before.slice(0, start) + insert + before.slice(end);
      const carried = lib.carryFindings('draft.txt', before, findings, after);
      const moved = after.length - before.length;
      // Every finding (fixes included) wholly on lines before or after the edited ones comes along.
      // Only the texts are known, not the edit: cutting one of two line breaks in a row ("\n\n") may
      // be either, so the edited lines are those of any place the edit could have been.
      const [from, to] = editedSpan(before, after, start, end);
      const firstLineStart = before.lastIndexOf('\n', from - 1) + 1;
      const lastLineEnd = before.indexOf('\n', to) < 0 ? before.length : before.indexOf('\n', to);
      const key = (f, by) => `${f.rule} ${f.start + by} ${f.message}`;
      const got = new Set(carried.map((c) => key(c, 0)));
      for (const f of findings) {
        if (spans(f).every((x) => x.end <= firstLineStart)) assert.ok(got.has(key(f, 0)), `kept: ${f.rule} before the edit`);
        // The newline at lastLineEnd ends the edited line: a fix that removes it (a block's removal
        // takes the line break before it) touches that line and may be dropped until the re-check.
        if (spans(f).every((x) => x.start > lastLineEnd)) assert.ok(got.has(key(f, moved)), `moved: ${f.rule} after the edit`);
      }
      for (const c of carried) {
        const f = findings.find((x) => x.rule === c.rule && x.message === c.message && (x.start === c.start || x.start + moved === c.start));
        assert.ok(f, `carried ${c.rule} comes from a finding`);
        assert.equal(after.slice(c.start, c.end), before.slice(f.start, f.end));
        c.fixes.forEach((fx, i) => fx.edits.forEach((e, k) => assert.equal(after.slice(e.start, e.end), before.slice(f.fixes[i].edits[k].start, f.fixes[i].edits[k].end))));
      }
    }),
    { numRuns: 300 },
  );
});

/**
 * The widest span of `before` an edit [start, end) giving `after` can be told apart from: the equal
 * text on either side read first from the front, then first from the back (a cut "\n" of "\n\n"
 * is either one).
 */
function editedSpan(before, after, start, end) {
  const n = Math.min(before.length, after.length);
  const prefix = (limit) => { let k = 0; while (k < limit && before[k] === after[k]) k++; return k; };
  const suffix = (limit) => { let k = 0; while (k < limit && before[before.length - 1 - k] === after[after.length - 1 - k]) k++; return k; };
  // Read from the front first, the edit begins at its latest place and ends latest; from the back first, at its earliest.
  return [Math.min(start, prefix(n - suffix(n))), Math.max(end, before.length - suffix(n - prefix(n)))];
}

test('nothing changed: the findings are the same objects; an edit on a finding\'s line drops it', () => {
  assert.equal(lib.carryFindings('draft.txt', before, findings, before), findings);
  const conflict = findings.find((f) => f.rule === 'claim-conflict');
  const line = lineOf(before, conflict.start);
  const lineEnd = before.indexOf('\n', conflict.end);
  const after = before.slice(0, lineEnd) + ' More words.' + before.slice(lineEnd);
  const carried = lib.carryFindings('draft.txt', before, findings, after);
  assert.ok(!carried.some((f) => f.rule === 'claim-conflict' && lineOf(after, f.start) === line), 'dropped: its sentence changed');
  assert.ok(carried.some((f) => lineOf(after, f.start) > line + 1), 'findings further down move along');
});
