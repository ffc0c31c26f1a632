// npm run eval: precision/recall of each check against ../shared (seeds gold and the corpora).
// Absent data is reported, not an error. Prints every miss and false alarm on the seeds.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { perturbationBenchmark, perturbByOne } from './perturb.mjs';
import { deskScenarios } from './desk.mjs';
import { wrapLines, wrappedAgreement } from './wrapped.mjs';

const require = createRequire(import.meta.url);
const lib = require('../../dist/lib.js');
const SHARED = process.env.COPYDESK_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');
const quiet = process.argv.includes('--quiet');
const json = { seeds: null, boilerplateCorpus: null, quotesCorpus: null, crossFileAlarms: null, perturbation: null, perturbationByOne: null, desk: null, deskWrapped: null, wrapped: null };

const pct = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
const line1 = (a, off) => lib.positionAt(a.lines, off).line + 1;
function table(rows) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join('  '));
}

function checkFolder(dir, files) {
  const corpus = new lib.Corpus();
  for (const f of files) corpus.set(f, lib.analyzeDocument(fs.readFileSync(path.join(dir, f), 'utf8')));
  const findings = new Map(files.map((f) => [f, lib.checkDocument(f, corpus.get(f), corpus, { severity: { 'quote-not-in-sources': 'info' } })]));
  return { corpus, findings };
}

function seeds() {
  const goldPath = path.join(SHARED, 'gold/seeds.json');
  const dir = path.join(SHARED, 'seeds');
  if (!fs.existsSync(goldPath) || !fs.existsSync(dir)) return console.log(`seeds: not found at ${dir} (skipped)`);
  const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
  const files = Object.keys(gold.files).filter((f) => fs.existsSync(path.join(dir, f)));
  const { corpus, findings } = checkFolder(dir, files);
  const out = { boilerplate: { tp: 0, fp: 0, fn: 0 }, unattributed: { tp: 0, fp: 0, fn: 0 }, unbalanced: { tp: 0, fp: 0, fn: 0 }, quoteDiffers: { tp: 0, fp: 0, fn: 0 }, conflicts: { tp: 0, fp: 0, fn: 0 }, mustNotFlag: { violated: 0, total: 0 } };
  const notes = [];
  for (const f of files) {
    const g = gold.files[f];
    const a = corpus.get(f);
    const flagged = new Set([...a.boilerplate.keys()].map((l) => l + 1));
    const opt = new Set(g.optional);
    const bp = new Set(g.boilerplate);
    for (const l of bp) if (flagged.has(l)) out.boilerplate.tp++; else { out.boilerplate.fn++; notes.push(`boilerplate miss     ${f}:${l}  ${a.lines[l - 1]?.text.slice(0, 80)}`); }
    for (const l of flagged) if (!bp.has(l) && !opt.has(l)) { out.boilerplate.fp++; notes.push(`boilerplate false    ${f}:${l}  ${a.lines[l - 1].text.slice(0, 80)}`); }
    const fs_ = findings.get(f);
    const una = fs_.filter((x) => x.rule === 'unattributed-quote').map((x) => line1(a, x.start));
    const goldUna = (g.unattributed_quotes ?? []).map((q) => q.line);
    for (const l of goldUna) if (una.includes(l)) out.unattributed.tp++; else { out.unattributed.fn++; notes.push(`unattributed miss    ${f}:${l}`); }
    for (const l of una) if (!goldUna.includes(l)) { out.unattributed.fp++; notes.push(`unattributed false   ${f}:${l}  ${a.lines[l - 1].text.slice(0, 80)}`); }
    const unb = fs_.filter((x) => x.rule === 'unbalanced-quote').map((x) => line1(a, x.start));
    const goldUnb = (g.unbalanced_quote_marks ?? []).map((q) => q.line);
    for (const l of goldUnb) if (unb.includes(l)) out.unbalanced.tp++; else { out.unbalanced.fn++; notes.push(`unbalanced miss      ${f}:${l}`); }
    for (const l of unb) if (!goldUnb.includes(l)) { out.unbalanced.fp++; notes.push(`unbalanced false     ${f}:${l}`); }
  }
  // Quote variants and conflicts: required ones found (with sources linked), anything else flagged is a false alarm
  // unless listed as optional.
  const optional = [...(gold.conflicts_optional ?? [])].map((o) => `${o.file}:${o.line}`);
  const reqQ = (gold.quote_variants_required ?? []).map((q) => `${q.file}:${q.line}`);
  const reqC = gold.conflicts_required ?? [];
  for (const f of files) {
    const a = corpus.get(f);
    for (const x of findings.get(f)) {
      const key = `${f}:${line1(a, x.start)}`;
      if (x.rule === 'quote-differs') {
        if (reqQ.includes(key)) out.quoteDiffers.tp++;
        else if (optional.includes(key)) notes.push(`quote-differs optional found ${key}: ${x.message}`);
        else { out.quoteDiffers.fp++; notes.push(`quote-differs false  ${key}: ${x.message}`); }
      }
      if (x.rule === 'claim-conflict') {
        const req = reqC.find((c) => `${c.file}:${c.line}` === key && a.text.slice(x.start, x.end).includes(c.text));
        if (req) {
          const linked = req.sources.filter(([sf, sl]) => x.related.some((r) => r.file === sf && r.line + 1 === sl)).length;
          notes.push(`claim-conflict required ${key}: ${x.message} (sources linked ${linked}/${req.sources.length})`);
          if (linked >= Math.min(3, req.sources.length)) out.conflicts.tp++;
          else out.conflicts.fn++;
        } else if (optional.includes(key)) notes.push(`claim-conflict optional found ${key}: ${x.message}`);
        else { out.conflicts.fp++; notes.push(`claim-conflict false ${key}: ${x.message}`); }
      }
    }
  }
  for (const k of reqQ) {
    const [f, l] = k.split(':');
    if (!findings.get(f).some((x) => x.rule === 'quote-differs' && line1(corpus.get(f), x.start) === +l)) { out.quoteDiffers.fn++; notes.push(`quote-differs miss   ${k}`); }
  }
  for (const c of reqC) {
    const a = corpus.get(c.file);
    if (!findings.get(c.file).some((x) => x.rule === 'claim-conflict' && line1(a, x.start) === c.line)) { out.conflicts.fn++; notes.push(`claim-conflict miss  ${c.file}:${c.line} ${c.text}`); }
  }
  for (const m of gold.must_not_flag ?? []) {
    out.mustNotFlag.total++;
    const a = corpus.get(m.file);
    if (!a) continue;
    const bad = findings.get(m.file).filter((x) => x.rule !== 'page-boilerplate' && line1(a, x.start) === m.line && a.text.slice(x.start, x.end).includes(m.text));
    const bpBad = m.why.includes('boilerplate') ? [] : [];
    if (bad.length + bpBad.length) { out.mustNotFlag.violated++; notes.push(`MUST-NOT-FLAG violated ${m.file}:${m.line} ${m.text}: ${bad.map((b) => b.rule).join(',')}`); }
  }
  console.log('\n== Seeds (../shared/seeds vs gold/seeds.json) ==');
  const rows = [['check', 'tp', 'fp', 'fn', 'precision', 'recall']];
  for (const [k, v] of Object.entries(out)) if ('tp' in v) rows.push([k, v.tp, v.fp, v.fn, pct(v.tp / (v.tp + v.fp)), pct(v.tp / (v.tp + v.fn))]);
  table(rows);
  console.log(`must_not_flag: ${out.mustNotFlag.violated} of ${out.mustNotFlag.total} violated`);
  if (!quiet) for (const n of notes) console.log('  ' + n);
  json.seeds = out;
}

function boilerplateCorpus() {
  const dir = path.join(SHARED, 'corpus/boilerplate');
  if (!fs.existsSync(dir)) return console.log(`boilerplate corpus: not found at ${dir} (skipped)`);
  let tp = 0, fp = 0, fn = 0, articleLines = 0, filesWithFalse = 0;
  const worst = [];
  for (const lf of fs.readdirSync(dir).filter((f) => f.endsWith('.labels.json'))) {
    const labels = JSON.parse(fs.readFileSync(path.join(dir, lf), 'utf8')).labels;
    const txt = fs.readFileSync(path.join(dir, lf.replace('.labels.json', '.txt')), 'utf8');
    const a = lib.analyzeDocument(txt);
    let falseHere = 0;
    for (const [ln, lab] of Object.entries(labels)) {
      const flagged = a.boilerplate.has(+ln - 1);
      if (lab === 'boilerplate') flagged ? tp++ : fn++;
      else if (lab === 'article') { articleLines++; if (flagged) { fp++; falseHere++; worst.push(`${lf.slice(0, 16)}:${ln} [${a.boilerplate.get(+ln - 1)}] ${a.lines[+ln - 1].text.slice(0, 90)}`); } }
    }
    if (falseHere) filesWithFalse++;
  }
  console.log('\n== Boilerplate corpus (88 real pages, every line labelled) ==');
  table([['boilerplate lines found (recall)', 'precision', 'article lines flagged', 'share of article lines flagged', 'files with any article line flagged'], [pct(tp / (tp + fn)), pct(tp / (tp + fp)), `${fp} of ${articleLines}`, pct(fp / articleLines), filesWithFalse]]);
  if (!quiet) for (const w of worst.slice(0, Number(process.env.EVAL_MAX_LINES ?? 60))) console.log('  article flagged: ' + w);
  json.boilerplateCorpus = { tp, fp, fn, articleLines, recall: tp / (tp + fn), articleFlaggedShare: fp / articleLines };
}

function quotesCorpus() {
  const dir = path.join(SHARED, 'corpus/quotes');
  if (!fs.existsSync(dir)) return console.log(`quotes corpus: not found at ${dir} (skipped)`);
  let tp = 0, fn = 0, fpAttributed = 0, fpOther = 0, attributedTotal = 0;
  const notes = [];
  for (const qf of fs.readdirSync(dir).filter((f) => f.endsWith('.quotes.json'))) {
    const gold = JSON.parse(fs.readFileSync(path.join(dir, qf), 'utf8'));
    const name = qf.replace('.quotes.json', '.txt');
    const txt = fs.readFileSync(path.join(dir, name), 'utf8');
    const corpus = new lib.Corpus();
    const a = lib.analyzeDocument(txt);
    corpus.set(name, a);
    const found = lib.checkDocument(name, a, corpus).filter((x) => x.rule === 'unattributed-quote');
    const toRange = ([l, c, el, ec]) => [lib.offsetAt(a.lines, l - 1, c - 1), lib.offsetAt(a.lines, el - 1, ec - 1)];
    const overlaps = (x, r) => x.start < r[1] && r[0] < x.end;
    const una = (gold.unattributed ?? []).map(toRange);
    const att = (gold.attributed ?? []).map(toRange);
    attributedTotal += att.length;
    for (const r of una) if (found.some((x) => overlaps(x, r))) tp++; else { fn++; notes.push(`miss  ${name}:${lib.positionAt(a.lines, r[0]).line + 1}  ${txt.slice(r[0], r[0] + 80)}`); }
    for (const x of found) {
      if (una.some((r) => overlaps(x, r))) continue;
      if (att.some((r) => overlaps(x, r))) fpAttributed++; else fpOther++;
      notes.push(`false ${name}:${line1(a, x.start)}  ${txt.slice(x.start, x.start + 80)}`);
    }
  }
  console.log('\n== Quote corpus (63 annotated articles + copies with one attribution cut) ==');
  table([['check', 'tp', 'fp (annotated attributed)', 'fp (other quotes)', 'fn', 'precision', 'recall'], ['unattributed-quote', tp, fpAttributed, fpOther, fn, pct(tp / (tp + fpAttributed + fpOther)), pct(tp / (tp + fn))]]);
  console.log(`attributed quotes in gold: ${attributedTotal}; flagged among them: ${fpAttributed}`);
  if (!quiet) for (const n of notes.slice(0, 80)) console.log('  ' + n);
  json.quotesCorpus = { tp, fn, fpAttributed, fpOther };
}

/**
 * Every real file of ../shared in one folder (seeds, quote-corpus articles, boilerplate pages): many
 * outlets, topics and page types side by side, as in a newsroom folder. There is no gold for pairs
 * of these files, so the cross-file findings are counted and printed to be read; findings between
 * seeds only are scored against the gold above and left out here.
 */
function crossFileAlarms() {
  const sources = [['seeds', (f) => f.endsWith('.txt')], ['corpus/quotes', (f) => f.endsWith('.txt') && !/\.p\d+\.txt$/.test(f)], ['corpus/boilerplate', (f) => f.endsWith('.txt')]];
  const files = [];
  for (const [d, keep] of sources) {
    const dir = path.join(SHARED, d);
    if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).filter(keep)) files.push(path.join(dir, f));
  }
  if (files.length === 0) return console.log('real files: none found (skipped)');
  const { corpus, findings } = checkFolder('/', files);
  const isSeed = (f) => path.dirname(f) === path.join(SHARED, 'seeds');
  const counts = { 'claim-conflict': 0, 'quote-differs': 0 };
  const notes = [];
  for (const f of files) {
    for (const x of findings.get(f)) {
      if (!(x.rule in counts) || (isSeed(f) && x.related.every((r) => isSeed(r.file)))) continue;
      counts[x.rule]++;
      notes.push(`${x.rule} ${path.basename(f).slice(0, 40)}:${line1(corpus.get(f), x.start)}: ${x.message.slice(0, 140)}`);
    }
  }
  console.log(`\n== Cross-file findings among ${files.length} real files in one folder (no gold: each is printed to be read) ==`);
  table([['rule', 'findings (not between seeds)'], ...Object.entries(counts)]);
  if (!quiet) for (const n of notes.slice(0, 60)) console.log('  ' + n);
  json.crossFileAlarms = { files: files.length, ...counts };
}

seeds();
boilerplateCorpus();
quotesCorpus();
crossFileAlarms();
json.perturbation = perturbationBenchmark(lib, SHARED, { quiet });
json.perturbationByOne = perturbationBenchmark(lib, SHARED, { quiet, change: perturbByOne, title: 'one figure off by one in its last digit' });
json.desk = deskScenarios(lib, path.resolve(import.meta.dirname, '../..'), { quiet });
json.deskWrapped = deskScenarios(lib, path.resolve(import.meta.dirname, '../..'), { quiet, transform: (t) => wrapLines(t), title: ', every file hard-wrapped at 72 columns' });
json.wrapped = wrappedAgreement(lib, SHARED, { quiet });
fs.mkdirSync(path.resolve(import.meta.dirname, '../../dist'), { recursive: true });
fs.writeFileSync(path.resolve(import.meta.dirname, '../../dist/eval-results.json'), JSON.stringify(json, null, 1));
