// Hard-wrapped copies: the same real files with a blank line between paragraphs, once with each
// paragraph on one line and then wrapped: at 72 columns (a space before the 73rd column turned into
// a line break), and at a width drawn per line from 62-80 columns (text out of a PDF). The two copies have the same length and the same offsets, so their findings are
// compared exactly: a finding the wrapped copy alone gives (or lacks) is one wrapping caused.
import fs from 'node:fs';
import path from 'node:path';

const WIDTH = 72;

/** Each line of the text as a paragraph of its own: a blank line after every line. */
export function asParagraphs(text) {
  return text.replace(/\r?\n/g, '\n\n');
}

/**
 * Greedy wrap by turning spaces into line breaks (same length, same offsets): at `width` columns, or
 * with `ragged` at a width drawn for each line from [width - ragged, width + ragged], as text copied
 * out of a PDF set in a proportional font breaks.
 */
export function wrapLines(text, width = WIDTH, ragged = 0) {
  let seed = 7;
  const draw = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return width - ragged + Math.floor((seed / 2147483648) * (2 * ragged + 1));
  };
  const out = text.split('');
  let lineStart = 0;
  let lastSpace = -1;
  let w = draw();
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (c === ' ') lastSpace = i;
    if (i - lineStart >= w && lastSpace > lineStart) {
      out[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
      w = draw();
    }
  }
  return out.join('');
}

const VARIANTS = [
  [`wrapped at ${WIDTH}`, (t) => wrapLines(t)],
  [`wrapped at ${WIDTH - 10}-${WIDTH + 8}, ragged`, (t) => wrapLines(t, WIDTH - 1, 9)],
];

function findingsOf(lib, texts) {
  const corpus = new lib.Corpus();
  for (const [f, t] of texts) corpus.set(f, lib.analyzeDocument(t));
  const keys = new Map();
  for (const f of texts.keys()) {
    for (const x of lib.checkDocument(f, corpus.get(f), corpus, { severity: { 'quote-not-in-sources': 'info' } })) {
      keys.set(`${x.rule}|${f}|${x.start}|${x.end}`, x);
    }
  }
  return keys;
}

function folders(shared) {
  const list = (dir, keep) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter(keep).map((f) => path.join(dir, f)) : []);
  return [
    ['seeds (5 files, checked together)', list(path.join(shared, 'seeds'), (f) => f.endsWith('.txt'))],
    ['quote corpus (126 files, checked together)', list(path.join(shared, 'corpus/quotes'), (f) => f.endsWith('.txt'))],
    ['boilerplate corpus (88 pages, checked together)', list(path.join(shared, 'corpus/boilerplate'), (f) => f.endsWith('.txt'))],
  ].filter(([, files]) => files.length > 0);
}

export function wrappedAgreement(lib, shared, { quiet = false } = {}) {
  const sets = folders(shared);
  if (sets.length === 0) {
    console.log('hard-wrapped copies: no files found in ../shared (skipped)');
    return null;
  }
  console.log(`\n== Hard-wrapped copies (paragraphs parted by blank lines, one line each vs wrapped; same offsets) ==`);
  const rows = [['folder', 'rule', 'copy', 'one line per paragraph', 'wrapped', 'in both', 'only unwrapped', 'only wrapped']];
  const out = {};
  const notes = [];
  for (const [name, files] of sets) {
    const flat = new Map(files.map((f) => [path.basename(f), asParagraphs(fs.readFileSync(f, 'utf8'))]));
    const a = findingsOf(lib, flat);
    out[name] = {};
    for (const [variant, wrap] of VARIANTS) {
      const b = findingsOf(lib, new Map([...flat].map(([f, t]) => [f, wrap(t)])));
      const rules = [...new Set([...a.keys(), ...b.keys()].map((k) => k.split('|')[0]))].sort();
      out[name][variant] = {};
      for (const rule of rules) {
        const ka = [...a.keys()].filter((k) => k.startsWith(rule + '|'));
        const kb = [...b.keys()].filter((k) => k.startsWith(rule + '|'));
        const both = ka.filter((k) => b.has(k)).length;
        rows.push([name, rule, variant, ka.length, kb.length, both, ka.length - both, kb.length - both]);
        out[name][variant][rule] = { flat: ka.length, wrapped: kb.length, both };
        for (const k of kb) if (!a.has(k)) notes.push(`only ${variant}  ${k.split('|').slice(0, 2).join(' ')}: ${b.get(k).message.slice(0, 110)}`);
        for (const k of ka) if (!b.has(k)) notes.push(`only unwrapped (vs ${variant})  ${k.split('|').slice(0, 2).join(' ')}: ${a.get(k).message.slice(0, 110)}`);
      }
    }
  }
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join('  '));
  if (!quiet) for (const n of notes.slice(0, 40)) console.log('  ' + n);
  return out;
}
