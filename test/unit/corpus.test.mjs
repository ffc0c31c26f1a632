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

test('kept analyses leave out the topic words (the index has them); the caller\'s analysis is not changed', () => {
  const corpus = new lib.Corpus({ keepAnalyses: 1 });
  const a = lib.analyzeDocument(text(3));
  corpus.set('a.txt', a);
  corpus.set('b.txt', lib.analyzeDocument(text(3)));
  assert.ok(a.topicWords.length > 0, 'the analysis handed over keeps its topic words');
  assert.equal(corpus.peek('b.txt').topicWords, undefined);
  assert.equal(corpus.get('a.txt').topicWords, undefined, 'recomputed on demand, kept without them');
  assert.equal(corpus.get('a.txt'), corpus.peek('a.txt'), 'get returns the object it kept');
  assert.ok(corpus.docSimilarity('a.txt', 'b.txt') > 0.99, 'the index still knows what both files are about');
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

test('claim candidates: every sentence sharing a telling word, scored by all the weight it shares, with the count of words shared', () => {
  // Reference: the plain definition. Words in more than 40 of a file's claim sentences pick no
  // candidates there but still count towards a candidate's score.
  const reference = (corpus, context, files, minScore) => {
    const w = new Map(context.map((x) => [x, corpus.idf(x)]));
    const mine = context.reduce((s, x) => s + w.get(x), 0);
    const out = new Map();
    for (const f of files) {
      const sentences = corpus.get(f).claimSentences;
      const holders = (x) => sentences.filter((cs) => cs.context.includes(x)).length;
      const list = [];
      sentences.forEach((cs, index) => {
        if (!context.some((x) => cs.context.includes(x) && holders(x) <= 40)) return;
        const shared = context.reduce((s, x) => s + (cs.context.includes(x) ? w.get(x) : 0), 0);
        const theirs = cs.context.reduce((s, x) => s + corpus.idf(x), 0);
        const score = shared / Math.max(1e-9, Math.min(mine, theirs) * 0.5 + Math.max(mine, theirs) * 0.5);
        if (score >= minScore) list.push({ index, score, words: context.filter((x) => cs.context.includes(x)).length });
      });
      if (list.length) out.set(f, list.sort((a, b) => a.index - b.index));
    }
    return out;
  };
  // Candidates come in walk order; the reference lists them by sentence index.
  const byIndex = (got) => new Map([...got].map(([k, v]) => [k, [...v].sort((a, b) => a.index - b.index)]));
  const places = ['harbour', 'bridge', 'library', 'stadium', 'clinic', 'ferry', 'school', 'market'];
  const corpus = new lib.Corpus();
  const names = [];
  for (let i = 0; i < 8; i++) {
    // File 0 repeats one word in 60 claim sentences: the long-list path.
    const n = i === 0 ? 60 : 12;
    const lines = Array.from({ length: n }, (_, k) => `The ${places[(i + k) % 8]} repairs for the ${places[(k * 3) % 8]} cost ${k + i} million dollars in council funding.`);
    names.push(`f${i}.txt`);
    corpus.set(`f${i}.txt`, lib.analyzeDocument(lines.join('\n')));
  }
  let compared = 0;
  for (const f of names) {
    for (const cs of corpus.get(f).claimSentences) {
      for (const minScore of [0, 0.25]) {
        const [got] = corpus.claimCandidates([cs.context], names.filter((x) => x !== f), minScore);
        assert.deepEqual(byIndex(got), reference(corpus, cs.context, names.filter((x) => x !== f), minScore));
        compared += got.size;
      }
    }
  }
  assert.ok(compared > 100, 'the fixture has candidates to compare');
  // A draft's words that no indexed file holds count in its weight and match nothing.
  const draft = [...corpus.get('f2.txt').claimSentences[0].context, 'unindexedword', 'harbour'];
  const [withStray] = corpus.claimCandidates([draft], names, 0);
  assert.ok(withStray.size > 0);
  assert.deepEqual(byIndex(withStray), reference(corpus, draft, names, 0));
  // Several contexts at once give what each gives alone.
  const contexts = corpus.get('f3.txt').claimSentences.map((cs) => cs.context);
  const others = names.filter((x) => x !== 'f3.txt');
  assert.deepEqual(corpus.claimCandidates(contexts, others, 0.25), contexts.map((c) => corpus.claimCandidates([c], others, 0.25)[0]));
});

test('same-story files: every file at or above the bar, with its document similarity; a failing filter leaves nothing behind', () => {
  const topics = ['harbour dredging contract', 'library roof repairs', 'ferry timetable cuts', 'stadium lease vote'];
  const corpus = new lib.Corpus();
  const names = [];
  for (let i = 0; i < 12; i++) {
    const t = topics[i % 4];
    const body = `Councillors debated the ${t} on Monday. The ${t} drew ${i + 3} objections from residents near Marlow Street. Officials said the ${topics[(i + 1) % 4]} would wait.`;
    names.push(`s${i}.txt`);
    corpus.set(`s${i}.txt`, lib.analyzeDocument(body));
  }
  const bar = 0.5;
  const expected = (f) => new Map(names.filter((x) => x !== f && corpus.docSimilarity(f, x) >= bar).map((x) => [x, corpus.docSimilarity(f, x)]));
  const sorted = (m) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const first = names.map((f) => corpus.similarFiles(f, bar, (x) => x !== f));
  names.forEach((f, i) => assert.deepEqual(sorted(first[i]), sorted(expected(f)), f));
  assert.ok(first.some((m) => m.size > 0) && first.some((m) => m.size < names.length - 1), 'the fixture has files on both sides of the bar');
  // A filter that throws midway must not leave partial sums or marks for the next call.
  let calls = 0;
  assert.throws(() => corpus.similarFiles('s0.txt', bar, () => { if (++calls === 2) throw new Error('boom'); return true; }));
  names.forEach((f, i) => assert.deepEqual(sorted(corpus.similarFiles(f, bar, (x) => x !== f)), sorted(first[i]), f));
  // A removed file is never returned.
  corpus.delete('s4.txt');
  for (const f of names) if (f !== 's4.txt') assert.ok(!corpus.similarFiles(f, bar).has('s4.txt'));
});

test('checking every file: same-story files found for all at once equal one walk per file, order included; after a change each ask walks again', () => {
  // 260 files, so that words in every file are past the walk limit (200) and take the common-word path.
  const stories = ['harbour dredging contract', 'library roof repairs', 'ferry timetable cuts', 'stadium lease vote', 'tram depot noise', 'orchard frost losses'];
  const place = ['Marlow Street', 'Quayside', 'Elm Row', 'Northgate', 'Tanners Lane'];
  const texts = [];
  for (let i = 0; i < 260; i++) {
    const s = stories[i % 6];
    const other = stories[(i * 7 + 3) % 6];
    texts.push([`s${String(i).padStart(3, '0')}.txt`, `Councillors debated the ${s} budget on Monday near ${place[i % 5]}. The ${s} budget drew ${i + 3} objections; the ${other} budget waits for spring.`]);
  }
  const perFile = new lib.Corpus({ keepAnalyses: 300 });
  const allAtOnce = new lib.Corpus({ keepAnalyses: 300, checkEveryFile: true });
  for (const [f, t] of texts) {
    const a = lib.analyzeDocument(t);
    perFile.set(f, a);
    allAtOnce.set(f, a);
  }
  const bar = lib.docSimilarityGate(texts.length);
  const ask = (corpus) => texts.map(([f]) => [...corpus.similarFiles(f, bar, (x) => x !== f)]);
  const expected = ask(perFile);
  assert.deepEqual(ask(allAtOnce), expected);
  assert.ok(expected.every((l) => l.length > 5) && expected.some((l) => l.length < texts.length - 1), 'files on both sides of the bar');
  // A filter applies to the precomputed answers too.
  assert.deepEqual([...allAtOnce.similarFiles('s000.txt', bar, (x) => x > 's100.txt')], expected[0].filter(([x]) => x > 's100.txt'));
  // After a change the precomputed answers are stale: both corpora answer alike again.
  const changed = lib.analyzeDocument('Councillors debated the tram depot noise budget on Friday at Quayside.');
  perFile.set('s001.txt', changed);
  allAtOnce.set('s001.txt', changed);
  assert.deepEqual(ask(allAtOnce), ask(perFile));
});

for (const [held, bar, how] of [
  [3, 0.5, 'few hold each common word: their shares are summed through their postings'],
  [8, 0.8, 'most hold each common word: their shares are summed through each file\'s words'],
]) {
  test(`same-story files in a folder of common words, ${how}: every file at the bar, with its similarity`, () => {
    // 800 files (the walk limit is 200). Each is in four groups of at most 200 files (a rarer word
    // per group), so it shares one with about half the others, and most of those reach the bar;
    // each of 150 common words is in 240 files (held 3) or 640 (held 8).
    const record = (words) => ({ text: '', topicWords: words, contextWords: [], contextLengths: [], quoteShingles: [], calendarDays: [] });
    const groups = (i) => [4, 5, 7, 9].map((n) => `group${n}x${i % n}`);
    const files = [];
    for (let i = 0; i < 800; i++) {
      const words = groups(i);
      for (let j = 0; j < 150; j++) if ((i + j) % 10 < held) words.push(`common${j}`);
      files.push([`f${String(i).padStart(3, '0')}.txt`, words]);
    }
    const perFile = new lib.Corpus();
    const allAtOnce = new lib.Corpus({ checkEveryFile: true });
    for (const [f, words] of files) {
      perFile.setRecord(f, record(words));
      allAtOnce.setRecord(f, record(words));
    }
    const names = files.map(([f]) => f);
    const ask = (corpus) => names.map((f) => [...corpus.similarFiles(f, bar, (x) => x !== f)]);
    const walked = ask(perFile);
    assert.deepEqual(ask(allAtOnce), walked);
    // Each file sharing a group and at the bar, with the similarity summed in one pass over the shared words (to rounding).
    let reached = 0;
    let sharing = 0;
    names.forEach((f, i) => {
      const found = new Map(walked[i]);
      const mine = new Set(groups(i));
      const group = names.filter((x, k) => x !== f && groups(k).some((g) => mine.has(g)));
      sharing += group.length;
      const expected = group.filter((x) => perFile.docSimilarity(f, x) >= bar);
      assert.deepEqual([...found.keys()].sort(), expected, f);
      for (const x of expected) assert.ok(Math.abs(found.get(x) - perFile.docSimilarity(f, x)) < 1e-12, `${f} ~ ${x}`);
      reached += expected.length;
    });
    assert.ok(reached > sharing * 0.1 && reached < sharing * 0.9, `files on both sides of the bar (${reached} of ${sharing})`);
  });
}

test('a check of every file keeps every analysis while they fit in a share of the heap', () => {
  const GB = 1e9;
  // 10,000 files of 6,700 characters: all kept with a 4 GB heap (with 5,000 kept, a CLI run took 469 s instead of 42 s).
  assert.equal(lib.analysesToKeep(10000, 67e6, 4.3 * GB), 10002);
  // A folder too large for the heap keeps what fits, and never fewer than 5,000.
  assert.equal(lib.analysesToKeep(100000, 670e6, 4.3 * GB), 25671);
  assert.equal(lib.analysesToKeep(100000, 670e6, 0.5 * GB), 5000);
  assert.equal(lib.analysesToKeep(10, 60000, 4.3 * GB), 12);
  assert.equal(lib.analysesToKeep(0, 0, 4.3 * GB), 2);
});

test('keepAtLeast keeps more analyses while a check of every file runs, then drops back', () => {
  const corpus = new lib.Corpus({ keepAnalyses: 2 });
  const text = (i) => `The harbour council met on day ${i} and approved the bridge repairs, officials said.`;
  const kept = () => [0, 1, 2, 3, 4].filter((i) => corpus.peek(`f${i}`)).length;
  for (let i = 0; i < 5; i++) corpus.set(`f${i}`, lib.analyzeDocument(text(i)));
  assert.equal(kept(), 2);
  assert.equal(corpus.textBytes, [0, 1, 2, 3, 4].reduce((n, i) => n + Buffer.byteLength(text(i)), 0));
  const release = corpus.keepAtLeast(10);
  for (let i = 0; i < 5; i++) corpus.get(`f${i}`);
  assert.equal(kept(), 5, 'all kept while raised');
  release();
  release(); // a second call changes nothing
  assert.equal(kept(), 2, 'back to two');
  corpus.delete('f4');
  assert.equal(corpus.textBytes, [0, 1, 2, 3].reduce((n, i) => n + Buffer.byteLength(text(i)), 0));
});

test('scoring claim candidates reads no analysis of the files walked', () => {
  let recomputed = 0;
  const corpus = new lib.Corpus({ keepAnalyses: 1, restore: () => (recomputed++, undefined) });
  const text = (i) => `The harbour council voted on Tuesday to spend $${i} million on the Kestrel Street bridge, officials said.`;
  for (let i = 1; i <= 6; i++) corpus.set(`f${i}`, lib.analyzeDocument(text(i)));
  const draft = lib.analyzeDocument(text(9));
  const per = corpus.claimCandidates(draft.claimSentences.map((cs) => cs.context), ['f1', 'f2', 'f3', 'f4', 'f5', 'f6'], 0.25);
  assert.equal(per[0].size, 6, 'every file has a candidate sentence');
  // Before, each file walked was analysed again (only one analysis is kept here).
  assert.equal(recomputed, 0);
});

test('a file read only for its quotes is restored in part, and its whole analysis, restored later, keeps those quotes', () => {
  const text = (i) => `"We will rebuild the Kestrel Street bridge before the winter floods," Mayor Ana Ruiz said on Tuesday.\n\nThe council set aside $${i} million for the work.`;
  const stored = new Map();
  const calls = { whole: 0, quotes: 0 };
  const given = [];
  const corpus = new lib.Corpus({
    keepAnalyses: 1,
    restore: (file, _text, quotes) => {
      calls.whole++;
      given.push(quotes);
      const a = stored.get(file);
      return { ...a, quotes: quotes ?? a.quotes };
    },
    restoreQuotes: (file) => (calls.quotes++, stored.get(file).quotes),
  });
  for (let i = 1; i <= 3; i++) {
    const a = lib.analyzeDocument(text(i));
    stored.set(`f${i}`, lib.withoutTopicWords(a));
    corpus.set(`f${i}`, a);
  }
  // Only f3's analysis is kept: f1's quotes come from restoreQuotes, once, without its whole analysis.
  const quotes = corpus.quotesOf('f1');
  assert.equal(quotes[0].words.slice(0, 4).join(' '), 'we will rebuild the');
  assert.equal(corpus.quotesOf('f1'), quotes);
  assert.deepEqual(calls, { whole: 0, quotes: 1 });
  assert.equal(corpus.quotesOf('f3'), corpus.peek('f3').quotes, 'an analysis in memory answers');
  // Its whole analysis is then restored with the same quote objects (findings compare quotes read both ways).
  assert.equal(corpus.get('f1').quotes, quotes);
  assert.deepEqual(given, [quotes]);
  // Without restoreQuotes, a file's quotes are its analysis's.
  const plain = new lib.Corpus();
  plain.set('f1', lib.analyzeDocument(text(1)));
  assert.equal(plain.quotesOf('f1'), plain.get('f1').quotes);
});

test('posting lists read after every change give what lists read once after all of them give (files set, replaced, removed)', () => {
  const towns = ['Harwick', 'Delmont', 'Carrow', 'Fenby'];
  const topics = ['ferry fares and harbour dredging', 'school meals and kitchen staff', 'flood barriers along the river', 'library hours and book budgets'];
  const quotes = ['We cannot let the old bridge rust while ferries wait', 'Every child deserves a hot meal before noon today', 'The wind turned faster than any model we had', 'Nobody on this council voted for closing the library'];
  const article = (i, v) =>
    `${towns[i % 4]} council debated ${topics[(i + v) % 4]} on Tuesday.\n` +
    `“${quotes[(i * 3 + v) % 4]},” said councillor ${towns[(i + 1) % 4]} Reed.\n` +
    `The ${topics[i % 4]} plan costs ${100 + i * 7 + v} pounds, officials said.\n`;
  let seed = 7;
  const next = (n) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const eager = new lib.Corpus();
  const lazy = new lib.Corpus();
  const answers = (corpus) => [...corpus.files()].sort().map((f) => [f, [...corpus.similarFiles(f, 0.05)].sort(), [...corpus.quoteNeighbours(f)].sort()]);
  for (let op = 0; op < 160; op++) {
    const file = `f${next(40)}.txt`;
    const remove = op > 60 && next(4) === 0;
    for (const corpus of [eager, lazy]) {
      if (remove) corpus.delete(file);
      else corpus.set(file, lib.analyzeDocument(article(Number(file.slice(1, -4)), op)));
    }
    answers(eager); // read after every change: short recent lists, rebuilds as they grow or files go
    if (op % 16 === 15) assert.deepEqual(answers(lazy), answers(eager), `after change ${op}`);
  }
});
