// Every regular expression literal in the server's source, run on inputs that make backtracking
// engines blow up. A new pattern that is slow on them fails here, before it reaches a user.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const SRC = path.resolve(import.meta.dirname, '../../server/src');

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function regexLiterals() {
  const out = [];
  for (const file of sourceFiles(SRC)) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
        out.push({ where: `${path.relative(SRC, file)}:${line + 1}`, literal: node.getText() });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

// Runs of each character class and their mixes, long enough that quadratic behaviour shows.
const N = 20000;
const ADVERSARIAL = [
  'a'.repeat(N), 'A'.repeat(N), ' '.repeat(N), '1'.repeat(N), '.'.repeat(N), '-'.repeat(N), "'".repeat(N), '"'.repeat(N),
  '\u201C'.repeat(N), '\u2019'.repeat(N), 'a '.repeat(N / 2), 'A '.repeat(N / 2), 'a.'.repeat(N / 2), 'A.'.repeat(N / 2), '1,'.repeat(N / 2),
  '1 '.repeat(N / 2), "a'".repeat(N / 2), 'a-'.repeat(N / 2), 'Aa '.repeat(N / 3), 'said '.repeat(N / 5), 'first '.repeat(N / 6),
  ' \t'.repeat(N / 2), '\n'.repeat(N), 'a\n'.repeat(N / 2), 'x'.repeat(N) + '!', ' '.repeat(N) + 'x', 'http://'.repeat(N / 7),
  // An opening bracket before a long run of words: a caption credit's pattern was cubic on it.
  ' (' + 'a b '.repeat(N / 4), ' (' + 'Ab '.repeat(N / 3), ' |' + ' a'.repeat(N / 2),
];

const literals = regexLiterals();

test('the source has regular expressions to check (the scan works)', () => {
  assert.ok(literals.length > 50, `found only ${literals.length}`);
});

test('no regular expression in server/src backtracks catastrophically', () => {
  const slow = [];
  for (const { where, literal } of literals) {
    const re = eval(literal); // a literal from our own source, not input
    for (const input of ADVERSARIAL) {
      const t0 = performance.now();
      if (re.global || re.sticky) {
        re.lastIndex = 0;
        let n = 0;
        while (re.exec(input) && n++ < 100000) if (re.lastIndex === 0) break;
        re.lastIndex = 0;
      } else {
        re.test(input);
        input.replace(re, '');
      }
      const ms = performance.now() - t0;
      if (ms > 100) slow.push(`${where} ${literal.slice(0, 80)} took ${ms.toFixed(0)} ms on ${JSON.stringify(input.slice(0, 12))}×`);
    }
  }
  assert.deepEqual(slow, []);
});

// esbuild lowers a `\p{…}` literal for Node 20 to `new RegExp("…")` at its site, rebuilt on every
// call; scripts/build.mjs tells it Node has them, which kept a bench file's analysis 2–3% faster.
test('the bundles keep \\p{…} patterns as literals, not rebuilt on every call', () => {
  const DIST = path.resolve(import.meta.dirname, '../../dist');
  for (const bundle of ['lib.js', 'cli.js', 'server.js', 'index-worker.js']) {
    const code = fs.readFileSync(path.join(DIST, bundle), 'utf8');
    const lowered = code.match(/new RegExp\("(?:[^"\\]|\\.)*\\\\[pP]\{[^)]*\)/);
    assert.equal(lowered, null, `${bundle}: ${lowered?.[0]}`);
  }
});
