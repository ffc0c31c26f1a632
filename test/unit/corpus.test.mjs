// The corpus keeps full analyses for recently used files only; open buffers are pinned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lib } from './helpers.mjs';

const text = (n) => `The Harwick council met for the ${n}th time on Tuesday, officials said.\n`;

test('a pinned file keeps its analysis however many others are read; unpinned it ages out again', () => {
  const corpus = new lib.Corpus({ keepAnalyses: 2 });
  corpus.pin('open.txt');
  corpus.set('open.txt', lib.analyzeDocument(text(1)));
  const pinned = corpus.peek('open.txt');
  for (let i = 0; i < 10; i++) corpus.set(`other-${i}.txt`, lib.analyzeDocument(text(i + 2)));
  assert.equal(corpus.peek('open.txt'), pinned, 'same object, never recomputed');
  assert.equal(corpus.get('open.txt'), pinned);
  // A new text for the pinned file replaces its pinned analysis.
  corpus.set('open.txt', lib.analyzeDocument(text(40)));
  assert.match(corpus.peek('open.txt').text, /40th/);
  corpus.unpin('open.txt');
  for (let i = 0; i < 3; i++) corpus.get(`other-${i}.txt`);
  assert.equal(corpus.peek('open.txt'), undefined, 'back under the recently-used limit');
  assert.match(corpus.get('open.txt').text, /40th/, 'recomputed on demand');
});

test('quote neighbours among some files are exactly the neighbours that are among them', () => {
  const quotes = ['We cannot let the old bridge rust while ferries wait', 'Every child deserves a hot meal before noon today', 'The wind turned faster than any model we had'];
  const corpus = new lib.Corpus();
  for (let i = 0; i < 12; i++) {
    const q = quotes.filter((_, k) => (i >> k) & 1).map((x) => `"${x}," the mayor said.`);
    corpus.set(`f${i}.txt`, lib.analyzeDocument(`Story ${i}.\n\n${q.join('\n\n')}\n`));
  }
  const among = ['f1.txt', 'f2.txt', 'f6.txt', 'f8.txt', 'missing.txt'];
  for (let i = 0; i < 12; i++) {
    const all = corpus.quoteNeighbours(`f${i}.txt`);
    const some = corpus.quoteNeighbours(`f${i}.txt`, among);
    assert.deepEqual([...some].sort(), [...all].filter((f) => among.includes(f)).sort(), `f${i}`);
  }
  assert.ok(corpus.quoteNeighbours('f7.txt').size > 5, 'the fixture has neighbours to compare');
});

test('linesOf gives a file\'s lines without analysing it, and the new lines after its text changes', () => {
  const corpus = new lib.Corpus({ keepAnalyses: 1 });
  corpus.set('a.txt', lib.analyzeDocument('one\ntwo\n'));
  corpus.set('b.txt', lib.analyzeDocument('other'));
  assert.equal(corpus.peek('a.txt'), undefined, 'a.txt has no analysis in memory');
  assert.deepEqual(corpus.linesOf('a.txt'), lib.splitLines('one\ntwo\n'));
  assert.equal(corpus.peek('a.txt'), undefined, 'still not analysed');
  corpus.set('a.txt', lib.analyzeDocument('one\r\nthree\r\nfour'));
  corpus.set('b.txt', lib.analyzeDocument('other'));
  assert.deepEqual(corpus.linesOf('a.txt'), lib.splitLines('one\r\nthree\r\nfour'));
  assert.equal(corpus.linesOf('missing.txt'), undefined);
});
