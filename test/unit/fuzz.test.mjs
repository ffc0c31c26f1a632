// Property and fuzz tests: any text, however hostile, is analysed without throwing, in time
// proportional to its length, with every range inside the text; fixes touch only what they name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lib } from './helpers.mjs';
import { wrapLines } from '../eval/wrapped.mjs';

const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 150);

// Pieces of news text and of hostile text, glued at random: the generator reaches quote, claim and
// boilerplate code far more often than random characters would.
const PIECES = [
  '"', '\u201C', '\u201D', '\u2018', '\u2019', "'", ' said', ' told reporters', ', according to ', ' Mayor Helen Okafor', ' Xi said.',
  ' Tuesday', ' Thursday', ' $42 million', ' 7-2', ' 18 months', ' 37th meeting', ' 3.5%', ' 1,200 people', ' March 4', ' 2024',
  ' about', ' more than', ' first 11 months', 'Advertisement', 'Share', 'Read More', 'You May Also Like', '3 min read', '02:31',
  '\n', '\r\n', '\r', '\n\n', '\t', ' ', '.', '?', '!', '\u2014', '\u2026', '\u0000', '\uD800', '\uDC00', '\uFEFF',
  '\u05E9\u05DC\u05D5\u05DD', '\u0645\u0631\u062D\u0628\u0627', '\u202E', '\u{1F4F0}', '\u{1F1FA}\u{1F1F8}', 'e\u0301', 'copydesk: disable-next-line', 'copydesk: verified',
  'The council approved the repairs.', ' The bridge ', 'Mr.', 'U.S.', ' constructor', ' toString', ' __proto__', ' hasOwnProperty', '(', ')', '[', ']', '-', ':', ';', ',', '0', '999999999999999',
];
const newsish = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8, unit: 'binary' })), { maxLength: 400 }).map((a) => a.join(''));
const anyText = fc.oneof(newsish, fc.string({ maxLength: 3000, unit: 'binary' }), fc.string({ maxLength: 3000, unit: 'grapheme' }));

/** Every range of every finding lies inside its file; related ranges inside theirs. */
function checkRanges(files, findings) {
  for (const [name, list] of Object.entries(findings)) {
    const len = files[name].length;
    for (const f of list) {
      assert.ok(0 <= f.start && f.start <= f.end && f.end <= len, `${f.rule} range ${f.start}-${f.end} outside 0-${len}`);
      for (const r of f.related) assert.ok(0 <= r.start && r.start <= r.end && r.end <= files[r.file].length, `${f.rule} related range outside ${r.file}`);
      for (const fix of f.fixes) for (const e of fix.edits) assert.ok(0 <= e.start && e.start <= e.end && e.end <= len, `${f.rule} fix edit outside the text`);
    }
  }
}

function checkAllTimed(files) {
  const corpus = new lib.Corpus();
  const t0 = performance.now();
  for (const [name, text] of Object.entries(files)) corpus.set(name, lib.analyzeDocument(text));
  const out = {};
  for (const name of Object.keys(files)) out[name] = lib.checkDocument(name, corpus.get(name), corpus);
  return { findings: out, ms: performance.now() - t0 };
}

/** Generous bound, so slow CI machines pass: 200 ms plus 3 s per million characters (measured here: 0.1–1.7 s per million once the code is compiled, up to 3.5 s on a first run in a slow hour; the quadratic paths this caught took 5–30 s). */
const budgetMs = (chars) => 200 + (chars / 1e6) * 3000;

/**
 * The time to judge: a run over budget is timed again (`again`), up to three runs in all, since the
 * first runs compile the input's code paths (V8 optimises in tiers), which takes longer in a slow
 * hour: the CRLF text took 0.9-1.0 s of its 1.07 s on one afternoon of 2026-12-07 and 0.4 s run
 * again, and 1.52-1.56 s, 0.89-0.95 s and 0.69-0.75 s in three runs that evening. A blowup (these
 * paths took 5-30 s) is over budget every time.
 */
const judgedMs = (firstMs, budget, again) => {
  let ms = firstMs;
  for (let run = 2; run <= 3 && ms >= budget; run++) ms = again();
  return ms;
};

test('any text: analyse and check three files without throwing, in time, ranges inside the text', () => {
  fc.assert(
    fc.property(anyText, anyText, anyText, (a, b, c) => {
      const files = { a, b, c };
      const { findings, ms } = checkAllTimed(files);
      checkRanges(files, findings);
      assert.ok(ms < budgetMs(a.length + b.length + c.length) * 3, `took ${ms.toFixed(0)} ms`);
    }),
    { numRuns: RUNS },
  );
});

test('any fix changes only the range it names; fix-all is idempotent and keeps every article line', () => {
  fc.assert(
    fc.property(newsish, newsish, (a, b) => {
      const files = { a, b };
      const { findings } = checkAllTimed(files);
      for (const f of findings.a) {
        for (const fix of f.fixes) {
          const out = lib.applyEdits(a, fix.edits);
          const sorted = [...fix.edits].sort((x, y) => x.start - y.start);
          // Text before the first edit and after the last is untouched.
          assert.equal(out.slice(0, sorted[0].start), a.slice(0, sorted[0].start));
          const tail = a.length - sorted[sorted.length - 1].end;
          assert.equal(out.slice(out.length - tail), a.slice(a.length - tail));
        }
      }
      const edits = lib.fixAllEdits(findings.a);
      if (edits.length === 0) return;
      const once = lib.applyEdits(a, edits);
      const analysis = lib.analyzeDocument(a);
      // Every line that is not boilerplate survives, in order.
      const kept = analysis.lines.filter((l) => !analysis.boilerplate.has(l.index) && l.text.trim()).map((l) => l.text);
      let at = 0;
      for (const line of kept) {
        const i = once.indexOf(line, at);
        assert.ok(i >= 0, `article line lost by fix-all: ${JSON.stringify(line.slice(0, 60))}`);
        at = i + line.length;
      }
      const again = checkAllTimed({ a: once, b }).findings.a;
      const twice = lib.applyEdits(once, lib.fixAllEdits(again));
      assert.equal(lib.applyEdits(twice, lib.fixAllEdits(checkAllTimed({ a: twice, b }).findings.a)), twice, 'fix-all reaches a fixed point');
    }),
    { numRuns: RUNS },
  );
});

test('the source-wording fix makes a changed quote read as its source, keeping my words around it', () => {
  const SOURCE_WORDS = 'harbour wall ferries winter storms council bridge repair money families street rust fog timetable budget engineers'.split(' ');
  const OTHER_WORDS = 'frankly honestly truly again really today plainly quickly'.split(' ');
  const words = (pool, min, max) => fc.uniqueArray(fc.constantFrom(...pool), { minLength: min, maxLength: max });
  fc.assert(
    fc.property(words(SOURCE_WORDS, 8, 14), words(OTHER_WORDS, 0, 3), words(OTHER_WORDS, 0, 3), fc.nat(), fc.constantFrom('rebuilt', 'mended', 'ignored'), (src, lead, trail, at, changed) => {
      const mine = [...src];
      // Not the first or last word: beside my extra words a changed edge word reads as part of them ("fog → frankly rebuilt").
      mine[1 + (at % (mine.length - 2))] = changed;
      const source = `Mayor Ana Ruiz said on Monday: \u201C${src.join(' ')}.\u201D\n`;
      const draft = `\u201C${[...lead, ...mine, ...trail].join(' ')},\u201D Mayor Ana Ruiz said.\n`;
      const [f] = lib.checkDocument('draft', lib.analyzeDocument(draft), corpusOf({ source, draft })).filter((x) => x.rule === 'quote-differs');
      const fix = f?.fixes.find((x) => x.title.startsWith('Use the wording'));
      if (!fix) return;
      const fixed = lib.applyEdits(draft, fix.edits);
      assert.ok(fixed.includes(src.join(' ')), `the source's words: ${fixed}`);
      assert.ok(fixed.startsWith(`\u201C${lead.join(' ')}`) && fixed.endsWith(`${trail.join(' ')},\u201D Mayor Ana Ruiz said.\n`), `my words around the quote kept: ${fixed}`);
      assert.deepEqual(lib.checkDocument('draft', lib.analyzeDocument(fixed), corpusOf({ source, draft: fixed })).filter((x) => x.rule === 'quote-differs'), []);
    }),
    { numRuns: RUNS },
  );
});

function corpusOf(files) {
  const corpus = new lib.Corpus();
  for (const [name, text] of Object.entries(files)) corpus.set(name, lib.analyzeDocument(text));
  return corpus;
}

// Inputs that break naive code: each must finish in time proportional to its size.
const HOSTILE = {
  'one 1 MB line': 'The council said the bridge would cost $42 million. '.repeat(20000),
  '100,000 quote marks': '"'.repeat(100000),
  '100,000 curly quote marks': '\u201C\u201D\u2018'.repeat(33334),
  '200,000 guillemets each way': '\u00BB'.repeat(200000) + '\n' + '\u00AB'.repeat(200000),
  'markup attributes': '<a href="x" class=\u201Dy\u201D>'.repeat(20000),
  'reversed opening marks': '\u201Da \u201D'.repeat(30000) + '\u201D',
  'low-9 quotes': '\u201Ea\u201C \u201E'.repeat(30000),
  '50,000 blank lines': '\n'.repeat(50000),
  'CRLF, LF and CR mixed': 'Line one said "yes".\r\nLine two\rLine three "open\n'.repeat(5000),
  'one 200,000-letter word': 'a'.repeat(200000),
  '100,000 digits': '9'.repeat(100000),
  'digits and commas': '1,'.repeat(100000),
  'dots': '.'.repeat(200000),
  'spaces then a letter': ' '.repeat(200000) + 'x',
  'NUL bytes': '\u0000'.repeat(100000),
  'lone surrogates': '\uD800a\uDC00'.repeat(50000),
  'RTL and emoji': '\u202E\u05E9\u05DC\u05D5\u05DD \u{1F4F0} said "\u0645\u0631\u062D\u0628\u0627" '.repeat(10000),
  'an unclosed quote per line': '"We will rebuild, the mayor said\n'.repeat(20000),
  'weekdays and months': 'Tuesday March 4 Thursday 5th ninth '.repeat(20000),
  // Each looks back over up to seven tokens (a toll) or around the number (an age, a tally).
  'ages, tallies, tolls': 'voted 7-2, Webb, 51, aged 34, a 6.4-magnitude quake, the death toll rose to 23, won 3 to 1 '.repeat(8000),
  'apostrophes inside words': "o'o'o'o'o'o'o'o'".repeat(20000),
  'hyphens inside words': 'a-a-a-a-a-a-a-a-'.repeat(20000),
  'boilerplate phrases': 'Advertisement\nShare\nRead More\n'.repeat(20000),
  'directives': 'copydesk: disable-next-line\n'.repeat(20000),
  // One quote a thousand times over: every copy's lookup walked the others' postings (5.5 s for 1.9 MB).
  'one article pasted 4,000 times': 'Harwick voted on Tuesday to repair the bridge for $14 million.\n\n"We cannot let the bridge rust while ferries wait in the fog," Mayor Ilse Brandt said.\n\n"The ferries have waited long enough."\n\n'.repeat(4000),
  // A transcript of one turn repeated: every turn is a quote matched against all the others.
  'a transcript of 20,000 turns': 'MAYOR BRANDT: The ferries will run all winter long.\nREYES: We should have asked for a grant first.\n'.repeat(10000),
  // Menu-sized lines repeating: every line has earlier copies, so the shown-twice step walks runs of them.
  'a menu of six words on 100,000 lines': 'News\nSport\nWeather\nTides\nFerries\nJobs\n'.repeat(16667),
  'every line shown twice, 25,000 lines apart': Array.from({ length: 50000 }, (_, i) => `Item ${i % 25000}`).join('\n'),
  // A quote without a speaker holding a long run of dots: the pull-quote lookup trimmed it with a
  // regex anchored at the end, which rescanned the run from every dot (10 s for 50,000 dots).
  'a quote holding 50,000 dots': 'The harbour story.\n\n\u201C' + 'word '.repeat(10) + '.'.repeat(50000) + 'x and more words here to close\u201D\n',
  // Times, measures and rates: each number looks a few tokens ahead and back.
  'times, measures and rates': 'at 6.15pm, until 18:00 GMT, 30cm, 4.2m at the gauge, 50 mph, £3.20 a month, between $2 and $3 a year, a turnout of 61% '.repeat(6000),
  // Speakers read past asides and roles, -ing nouns, pointing-back sentences, partial quotes (session 18).
  'asides, roles and pointing back around quotes': 'Ana Ruiz, of the board, who spoke, said: \u201CWe will rebuild the wall now.\u201D That was the message from Elena Reyes. The red wind warning stood, said Met Office chief meteorologist Sara Lind. The findings were \u201Cencouraging but not the final word\u201D. 866 of them were diagnosed. '.repeat(3000),
  // This session's readings: datelines, scores, clocks, wholes, separate sums, fates' events, weekdays'
  // dated words, report days; each looks a bounded way around its number.
  'datelines, scores, clocks and events': 'VALNA, April 27 (Coastal Wire) A 19-16 lead with 1:57 left, all 543 seats, a follow-up $3.5 trillion package, the earthquake killing 5 people, officials reported on Monday after a manhunt Tuesday. '.repeat(3500),
  // Earlier reports' figures: each looks back 120 characters for an earlier report's verb.
  'earlier reports': 'police initially said 5 people were hurt, had earlier reported 7 deaths, Previously, 9 were missing, but later 12 '.repeat(6000),
  // Captions over credit lines, each under an alt text, and "Key quotes" lists.
  'captions over credits and quote lists': 'A view of the harbour at dawn\nAna Ruiz arrives at the harbour on March 3, 2026.\n(Tomas Brek / Coastal Wire)\nKey quotes\n\u201CWe will rebuild the harbour wall this winter.\u201D\n'.repeat(4000),
  // Lines of a thousand figures each, in both files: each figure's like ones were found by walking
  // all of its line's and its partner line's figures (3 s here; 8 times that when the walk went megamorphic).
  'ten lines of a thousand figures': ('Ruiz scored 31 points on Tuesday, Brek 12 on March 3, the 5th win, 4 assists; '.repeat(1250) + '\n').repeat(10),
  // Thousands of boilerplate blocks: each fix copied every line after its block (0.6 s of a 1.9 MB check).
  'a boilerplate block between every paragraph': 'The harbour council met on Monday and agreed to repair the bridge next spring, officials said.\n\nAdvertisement\n\n'.repeat(8000),
};

for (const [name, text] of Object.entries(HOSTILE)) {
  test(`hostile input: ${name} (${text.length.toLocaleString('en')} chars)`, () => {
    const files = { a: text, b: text.slice(0, 50000) };
    const budget = budgetMs(text.length + 50000);
    const first = checkAllTimed(files);
    checkRanges(files, first.findings);
    const ms = judgedMs(first.ms, budget, () => checkAllTimed(files).ms);
    assert.ok(ms < budget, `took ${first.ms.toFixed(0)} ms, at last ${ms.toFixed(0)} ms, budget ${budget.toFixed(0)} ms`);
  });
}

// A cache that outlives one analysis compared each paragraph with the last analysis's equal copy,
// character by character, once per quote: the second analysis of a 300,000-character line took 4 s.
test('analysing an equal copy of a text again takes no longer than the first time', () => {
  const make = () => '\u201Ea\u201C \u201E'.repeat(60000);
  const times = [make(), make()].map((text) => {
    const t0 = performance.now();
    lib.analyzeDocument(text);
    return performance.now() - t0;
  });
  const budget = budgetMs(make().length);
  assert.ok(times[1] < budget, `second analysis took ${times[1].toFixed(0)} ms (first ${times[0].toFixed(0)} ms), budget ${budget.toFixed(0)} ms`);
});

test('checking in slices of lines gives exactly the findings of checking in one go', () => {
  fc.assert(
    fc.property(newsish, newsish, fc.integer({ min: 1, max: 6 }), (a, b, perSlice) => {
      const corpus = new lib.Corpus();
      for (const [name, text] of Object.entries({ a, b })) corpus.set(name, lib.analyzeDocument(text));
      const whole = lib.checkDocument('a', corpus.get('a'), corpus);
      const steps = lib.checkDocumentInSlices('a', corpus.get('a'), corpus, {}, perSlice);
      let r = steps.next();
      while (!r.done) r = steps.next();
      assert.deepStrictEqual(r.value, whole);
    }),
    { numRuns: RUNS },
  );
});

test('a rule that throws is reported as one finding; the other rules still run', () => {
  const text = 'Advertisement\n\nThe council met on Monday and agreed to repair the bridge, officials said.\n';
  const corpus = new lib.Corpus();
  const analysis = lib.analyzeDocument(text);
  // A corrupted analysis (a stray mark on a line that does not exist) makes unbalanced-quote throw.
  analysis.unbalanced = [{ offset: 5, line: 999, kind: 'unopened', suggestion: 0 }];
  corpus.set('a', analysis);
  const findings = lib.checkDocument('a', analysis, corpus);
  const internal = findings.filter((f) => /Internal error in rule unbalanced-quote/.test(f.message));
  assert.equal(internal.length, 1);
  assert.equal(internal[0].severity, 'error');
  assert.ok(findings.some((f) => f.rule === 'page-boilerplate'), 'other rules still ran');
});

test('words that name JavaScript object properties are plain words: no claims, no boilerplate', () => {
  const names = ['constructor', 'Constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf'];
  for (const w of names) {
    const text = `The ${w} team finished on Monday with ${w} 5 goals after ${w} weeks.\n\n${w}\n\nThe council met to discuss the harbour bridge and its repairs for most of the evening.\n`;
    const a = lib.analyzeDocument(text);
    const claims = a.claimSentences.flatMap((cs) => cs.claims);
    for (const c of claims) assert.ok(!c.text.includes(w) && Number.isFinite(c.low) && typeof c.unit === 'string', `${w}: ${JSON.stringify(c)}`);
    assert.ok(![...a.boilerplate.values()].some((r) => typeof r !== 'string'), `${w}: boilerplate reason is not a phrase reason`);
  }
});

// The word scanner is a hand-written loop for speed; the regex it replaced is the reference.
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019.\-][\p{L}\p{N}]+)*/gu;
function referenceContentWords(text) {
  const out = [];
  for (const m of text.matchAll(WORD_RE)) {
    let lw = m[0].toLowerCase();
    const last = lw.length - 1;
    if (last > 0 && lw[last] === 's' && (lw[last - 1] === "'" || lw[last - 1] === '\u2019')) lw = lw.slice(0, last - 1);
    const c = lw.charCodeAt(0);
    if (lw.length < 2 || (c >= 48 && c <= 57) || lib.STOPWORDS.has(lw)) continue;
    out.push(lw);
  }
  return out;
}

test('fuzz: the word scanner finds exactly what the Unicode word regex finds', () => {
  // Joiners, apostrophe-s, stopwords, letters whose lowercase is longer, astral letters and
  // digits, lone surrogate halves, combining marks and other digits.
  const bits = fc.constantFrom("'", '\u2019', '.', '-', "'s", "'S", '\u2019s', ' ', 'it', 'The', '\u0130', '\u039F\u0394\u039F\u03A3', '\u03A3', '\u0301', 'A', '\u00E9', '\u{1D400}', '\u{1F4F0}', '\uD835', '\uDC00', '\u0661', '\u00B2', '\u2160', 'e\u0301', '_', '7');
  const text = fc.oneof(newsish, fc.string({ maxLength: 300, unit: 'binary' }), fc.array(fc.oneof(bits, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((a) => a.join('')));
  fc.assert(
    fc.property(text, (t) => {
      const expected = [...t.matchAll(WORD_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
      assert.deepEqual(lib.words(t), expected);
      assert.equal(lib.countWords(t), expected.length);
      assert.deepEqual(lib.contentWords(t), referenceContentWords(t));
    }),
    { numRuns: RUNS * 20 },
  );
});

test('fuzz: line stems, numbered per file, are the content words cut to stems', () => {
  // One table across lines: ids of repeated stems are shared, and each id reads back as its stem.
  const bits = fc.constantFrom("'s", '\u2019s', ' ', 'it', 'The', 'between', 'Russia', 'Russian', '\u0130', '\u03A3', '\u00E9', '\u{1D400}', '\uD835', '7', '-', '.');
  const line = fc.oneof(newsish, fc.string({ maxLength: 80, unit: 'binary' }), fc.array(fc.oneof(bits, fc.string({ maxLength: 3 })), { maxLength: 40 }).map((a) => a.join('')));
  fc.assert(
    fc.property(fc.array(line, { maxLength: 6 }), (texts) => {
      const stems = new lib.LineStems();
      const lines = lib.splitLines(texts.join('\n'));
      const seen = [];
      for (const l of lines) {
        const ids = stems.of(l);
        assert.deepEqual(ids.map((id) => stems.word(id)), lib.contentWords(l.text).map(lib.stemWord));
        seen.push(ids);
      }
      const distinct = stems.distinct(seen).map((id) => stems.word(id));
      assert.deepEqual(distinct, [...new Set(seen.flat().map((id) => stems.word(id)))]);
      assert.equal(new Set(distinct).size, distinct.length);
    }),
    { numRuns: RUNS * 10 },
  );
  // Every stopword, in any case and with apostrophe-s, is left out; words one letter longer are kept.
  const table = new lib.LineStems();
  const all = [...lib.STOPWORDS];
  const [stopLine, longer] = lib.splitLines(`${all.map((w) => `${w} ${w.toUpperCase()}'s`).join(' ')}\n${all.map((w) => `${w}q`).join(' ')}`);
  assert.deepEqual(table.of(stopLine), []);
  assert.deepEqual(table.of(longer).map((id) => table.word(id)), all.map((w) => lib.stemWord(`${w}q`)));
});


test('fuzz: the claim tokenizer finds exactly what its Unicode regex finds', () => {
  // Thousands in threes, or the Indian way ("12,00,000": twos before the last three).
  const TOKEN_RE = /\d{1,2}(?:,\d{2})+(?=,\d{3}(?!\d))(?:,\d{3})*(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['\u2019-]\p{L}+)*|[$\u20AC\u00A3\u00A5\u20B9%]/gu;
  const bits = fc.constantFrom('1', '12', ',', ',000', ',00', ',50', '.', '.5', '-', "'", '\u2019', '$', '\u20AC', '\u00A3', '\u00A5', '\u20B9', '%', ' ', 'Twenty', 'one', '\u0130', '\u00E9', '\u{1D400}', '\u{1F4F0}', '\uD835', '\uDC00', '\u0661', '\u00B2', 'e\u0301', '_');
  const text = fc.oneof(newsish, fc.string({ maxLength: 300, unit: 'binary' }), fc.array(fc.oneof(bits, fc.string({ maxLength: 3 })), { maxLength: 60 }).map((a) => a.join('')));
  fc.assert(
    fc.property(text, fc.integer({ min: 0, max: 1000 }), (t, base) => {
      const expected = [...t.matchAll(TOKEN_RE)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: base + m.index, end: base + m.index + m[0].length }));
      assert.deepEqual(lib.tokenize(t, base), expected);
    }),
    { numRuns: RUNS * 20 },
  );
});

test('the char-code tests agree with the regexes they replace, on every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    assert.equal(lib.isSpaceCode(c), /\s/.test(s), `\\s at U+${c.toString(16)}`);
    assert.equal(lib.isBmpWordCharAt(s, 0), /[\p{L}\p{N}]/u.test(s), `letter or digit at U+${c.toString(16)}`);
  }
  // A pair outside the BMP is two units, neither of which a one-unit test takes for a letter.
  assert.equal(lib.isBmpWordCharAt('\u{1D400}', 0), false);
});

test('fuzz: quote index hashes are the FNV-1a hashes of the three-word shingle strings, distinct, in first-seen order', () => {
  const fnv = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h | 0;
  };
  const word = fc.oneof(fc.constantFrom('the', 'bridge', 'will', 'open', 'in', '\u00E9t\u00E9', "don't", '\u{1F4F0}', ''), fc.string({ maxLength: 6, unit: 'binary' }));
  fc.assert(
    fc.property(fc.array(fc.array(word, { minLength: 4, maxLength: 30 }), { maxLength: 5 }), (quoteWords) => {
      const analysis = { text: '', topicWords: [], claimSentences: [], quotes: quoteWords.map((words) => ({ words })) };
      const expected = quoteWords.map((ws) => {
        const strings = [];
        for (let i = 0; i + 3 <= ws.length; i++) strings.push(ws.slice(i, i + 3).join(' '));
        return [...new Set(strings.map(fnv))];
      });
      assert.deepEqual(lib.indexRecord(analysis).quoteShingles, expected);
    }),
    { numRuns: RUNS * 5 },
  );
});

test('pull quotes are looked up among the file\u2019s attributed quotes in bounded time', () => {
  // 12,000 attributed quotes, then 12,000 unattributed ones of their words in other orders: every word
  // is in every attributed quote, so each unattributed one may try only a bounded number of them.
  // A line of narration before each keeps it from taking the speaker of the paragraph before (which,
  // when they followed "Bell said." lines, attributed them all before the lookup: the test timed
  // nothing of it).
  const order = (i) => {
    const ws = ['the', 'ferry', 'will', 'sail', 'at', 'in', 'morning', 'from', 'harbour'];
    const out = [];
    for (let n = ws.length; n > 0; n--) out.push(ws.splice(i % n, 1)[0]), (i = Math.floor(i / n));
    return out.join(' ');
  };
  const said = Array.from({ length: 12000 }, (_, i) => `\u201CThe ferry will sail at ${i} in the morning from the harbour,\u201D Bell said.\n`).join('');
  const bare = Array.from({ length: 12000 }, (_, i) => `It rained.\n\u201C${order(i + 1)}\u201D\n`).join('');
  const text = said + bare;
  const timed = () => {
    const t0 = performance.now();
    const quotes = lib.analyzeDocument(text).quotes;
    const ms = performance.now() - t0;
    assert.equal(quotes.length, 24000);
    assert.ok(quotes.slice(12000).every((q) => !q.attribution.attributed && q.attribution.needsSpeaker), 'the unattributed quotes reach the lookup');
    return ms;
  };
  // The whole budget of an analyse-and-check (5.0 s for these 1.6 M characters): on 2026-12-07 a
  // first run took 2.7 s bounded and 10.2 s with both bounds of the lookup lifted.
  const budget = budgetMs(text.length);
  const first = timed();
  const ms = judgedMs(first, budget, timed);
  assert.ok(ms < budget, `took ${first.toFixed(0)} ms, at last ${ms.toFixed(0)} ms, budget ${budget.toFixed(0)} ms`);
});

test('hard-wrapped text at any width: analysed and checked, its paragraphs cover the text, every line index names the line of its offset', () => {
  const words = fc.array(fc.constantFrom(...PIECES.filter((p) => !/[\r\n]/.test(p)), ' the', ' harbour', ' ferry', ' crossing'), { minLength: 20, maxLength: 300 }).map((a) => a.join(''));
  const wrapped = fc.tuple(fc.array(words, { minLength: 1, maxLength: 6 }), fc.integer({ min: 30, max: 100 }), fc.boolean()).map(([ps, width, crlf]) => {
    const text = wrapLines(ps.join('\n\n'), width);
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
  let readAsWrapped = 0;
  fc.assert(
    fc.property(wrapped, wrapped, (a, b) => {
      const files = { a, b };
      const { findings } = checkAllTimed(files);
      checkRanges(files, findings);
      for (const text of [a, b]) {
        const an = lib.analyzeDocument(text);
        if (an.paragraphs) {
          readAsWrapped++;
          assert.equal(an.paragraphs.at(-1).endWithBreak, text.length);
        }
        const lineOf = (offset) => lib.positionAt(an.lines, offset).line;
        for (const q of an.quotes) for (const p of q.span.parts) assert.equal(p.line, lineOf(p.start));
        for (const u of an.unbalanced) assert.equal(u.line, lineOf(u.offset));
        for (const cs of an.claimSentences) assert.equal(cs.sentence.line, lineOf(cs.sentence.start));
        for (const l of an.boilerplate.keys()) assert.ok(l < an.lines.length);
      }
    }),
    { numRuns: RUNS },
  );
  assert.ok(readAsWrapped > RUNS / 4, `only ${readAsWrapped} of ${2 * RUNS} texts were read as wrapped`);
});
