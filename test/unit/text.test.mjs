import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lib } from './helpers.mjs';

test('lines: LF, CRLF and lone CR all break lines, offsets exact', () => {
  const text = 'one\r\ntwo\rthree\nfour';
  const lines = lib.splitLines(text);
  assert.deepEqual(lines.map((l) => l.text), ['one', 'two', 'three', 'four']);
  assert.equal(lines[1].start, 5);
  assert.deepEqual(lib.positionAt(lines, text.indexOf('three')), { line: 2, character: 0 });
  assert.equal(lib.offsetAt(lines, 3, 2), text.indexOf('ur'));
});

test('CRLF files give the same findings as LF files', () => {
  const lf = 'Mayor Ann Bell opened the session.\n\n"We will rebuild the pier before the summer storms arrive."\n\nAdvertisement\n\nThe pier closed in May after a storm damaged its pilings badly.\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const rules = (t) => {
    const c = new lib.Corpus();
    c.set('a', lib.analyzeDocument(t));
    return lib.checkDocument('a', c.get('a'), c).map((f) => [f.rule, lib.positionAt(c.get('a').lines, f.start).line]);
  };
  assert.deepEqual(rules(crlf), rules(lf));
});
