// Desk scenarios (test/fixtures/desk, written for the project): a draft checked against sources in
// other words, with known errors injected, and the same draft without them. Measured: injected
// errors found, and findings that are not among them (on either draft): false alarms.
import fs from 'node:fs';
import path from 'node:path';

const CHECKED = new Set(['claim-conflict', 'quote-differs', 'unattributed-quote']);

/**
 * `transform` rewrites every file before it is read (keeping its length, so the expected errors'
 * offsets hold): `lines` are the draft's lines as written in the fixture.
 */
function check(lib, dir, draftFile, transform) {
  const corpus = new lib.Corpus();
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.txt') && !f.startsWith('draft.')) corpus.set(f, lib.analyzeDocument(transform(fs.readFileSync(path.join(dir, f), 'utf8'))));
  const text = fs.readFileSync(path.join(dir, draftFile), 'utf8');
  const read = transform(text);
  if (read.length !== text.length) throw new Error('a desk transform must keep the text\'s length');
  corpus.set('draft.txt', lib.analyzeDocument(read));
  const findings = lib.checkDocument('draft.txt', corpus.get('draft.txt'), corpus).filter((f) => CHECKED.has(f.rule));
  return { lines: lib.splitLines(text), findings };
}

export function deskScenarios(lib, root, { quiet = false, transform = (t) => t, title = '' } = {}) {
  const base = path.join(root, 'test/fixtures/desk');
  if (!fs.existsSync(base)) return null;
  const rows = [['scenario', 'injected', 'found', 'false alarms (errors draft)', 'false alarms (clean draft)']];
  const notes = [];
  const out = {};
  for (const name of fs.readdirSync(base).sort()) {
    const dir = path.join(base, name);
    const { errors } = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
    const { lines, findings } = check(lib, dir, 'draft.errors.txt', transform);
    const used = new Set();
    let found = 0;
    for (const e of errors) {
      const line = lines[e.line - 1];
      const col = line?.text.indexOf(e.text) ?? -1;
      if (col < 0) throw new Error(`${name}/expected.json: "${e.text}" is not on line ${e.line} of draft.errors.txt`);
      const at = line.start + col;
      const hit = findings.find((f) => !used.has(f) && f.rule === e.rule && f.start <= at && at < f.end);
      if (hit) {
        used.add(hit);
        found++;
      } else notes.push(`miss  ${name}:${e.line} ${e.rule} "${e.text}"`);
    }
    const falseInErrors = findings.filter((f) => !used.has(f));
    for (const f of falseInErrors) notes.push(`false ${name}:${lib.positionAt(lines, f.start).line + 1} ${f.message}`);
    let falseInClean = 0;
    if (fs.existsSync(path.join(dir, 'draft.clean.txt'))) {
      const clean = check(lib, dir, 'draft.clean.txt', transform);
      falseInClean = clean.findings.length;
      for (const f of clean.findings) notes.push(`false ${name} (clean):${lib.positionAt(clean.lines, f.start).line + 1} ${f.message}`);
    }
    rows.push([name, errors.length, found, falseInErrors.length, falseInClean]);
    out[name] = { injected: errors.length, found, falseInErrors: falseInErrors.length, falseInClean };
  }
  console.log(`\n== Desk scenarios (drafts against sources in other words, errors injected; test/fixtures/desk)${title} ==`);
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join('  '));
  if (!quiet) for (const n of notes) console.log('  ' + n);
  return out;
}
