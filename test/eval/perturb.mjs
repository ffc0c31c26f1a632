// Perturbation benchmark for claim-conflict: real articles from ../shared are the sources; each gets a
// draft copy in which one typed value in one sentence is changed. Measured: recall of the injected
// conflicts (the draft's changed value is flagged), and false alarms (claim-conflict findings on the
// unchanged originals, checked against each other, plus findings elsewhere in the drafts).
import fs from 'node:fs';
import path from 'node:path';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WORDS = { one: 'four', two: 'five', three: 'seven', four: 'nine', five: 'eight', six: 'nine', seven: 'eleven', eight: 'twelve', nine: 'fifteen', ten: 'fourteen', eleven: 'sixteen', twelve: 'twenty' };
const ORD = { second: 'fourth', third: 'fifth', fourth: 'sixth', fifth: 'seventh', sixth: 'ninth', seventh: 'tenth', eighth: 'eleventh', ninth: 'twelfth', tenth: 'twelfth' };

/** Small deterministic RNG so runs are comparable. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** A changed spelling of the claim text, or undefined when we cannot change it cleanly. */
export function perturb(claim) {
  const t = claim.text;
  if (claim.kind === 'weekday') return WEEKDAYS[(WEEKDAYS.indexOf(t) + 2) % 7];
  if (claim.kind === 'ordinal') {
    const m = /^(\d+)(st|nd|rd|th)$/.exec(t);
    if (m) {
      const n = +m[1] + 3;
      const suf = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
      return `${n}${suf}`;
    }
    return ORD[t.toLowerCase()];
  }
  if (claim.kind === 'date' && claim.unit === 'month') {
    // "January 2017" -> "April 2017": the month moves, the year stays.
    const i = MONTHS.findIndex((m) => t.toLowerCase().startsWith(m.slice(0, 3).toLowerCase()));
    return i < 0 ? undefined : MONTHS[(i + 3) % 12] + t.slice(t.indexOf(' '));
  }
  if (claim.kind === 'time') {
    // "6pm" -> "8pm", "18:00" -> "20:00": two hours on (or back, past the clock's end).
    const limit = /[ap]\.?m/i.test(t) ? 12 : 23;
    return t.replace(/\d{1,2}/, (h) => String(+h + 2 <= limit ? +h + 2 : +h - 2));
  }
  if (claim.kind === 'date') return t.replace(/\d{1,2}/, (d) => String(((+d + 6) % 28) + 1));
  if (claim.kind === 'year') return String(+t + 3);
  const m = /\d+(?:,\d{3})*(?:\.\d+)?/.exec(t);
  if (m) {
    const v = parseFloat(m[0].replace(/,/g, ''));
    const nv = v < 10 ? v + 4 : Math.round(v * 1.6);
    return t.slice(0, m.index) + nv.toLocaleString('en-US') + t.slice(m.index + m[0].length);
  }
  const w = /^[a-z]+/i.exec(t)?.[0]?.toLowerCase();
  if (w && WORDS[w]) return WORDS[w] + t.slice(w.length);
  return undefined;
}

/**
 * The neighbouring figure of an exact claim written in digits: "2012" -> "2013", "$14.5 million" ->
 * "$14.6 million", "31 per cent" -> "32 per cent". The slips a tired editor makes; approximate and
 * bounded claims are left out (their neighbours rightly agree).
 */
export function perturbByOne(claim) {
  if (!['count', 'money', 'percent', 'duration', 'year', 'age'].includes(claim.kind)) return undefined;
  if (!Number.isFinite(claim.low) || !Number.isFinite(claim.high)) return undefined;
  const runs = [...claim.text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)];
  if (runs.length !== 1) return undefined;
  const m = runs[0];
  const digits = m[0].replace(/,/g, '');
  const dot = digits.indexOf('.');
  const places = dot < 0 ? 0 : digits.length - dot - 1;
  const v = Math.round(parseFloat(digits) * 10 ** places);
  // Exact: the claim's interval is one unit of its last digit wide, that unit scaled by "million"
  // and the like (the value over its digits read as an integer); a little slack for rounding.
  const lastDigitUnit = (claim.high + claim.low) / 2 / (v || 1);
  if (claim.high - claim.low > lastDigitUnit * 1.0001) return undefined;
  const next = ((v + 1) / 10 ** places).toFixed(places);
  const shown = m[0].includes(',') ? Number(next).toLocaleString('en-US', { minimumFractionDigits: places }) : next;
  return claim.text.slice(0, m.index) + shown + claim.text.slice(m.index + m[0].length);
}

export function perturbationBenchmark(lib, shared, { quiet = false, change = perturb, title = 'one value changed' } = {}) {
  const dirs = [path.join(shared, 'seeds'), path.join(shared, 'corpus/quotes')];
  const originals = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d)) if (f.endsWith('.txt') && !/\.p\d+\.txt$/.test(f)) originals.push(path.join(d, f));
  }
  if (originals.length === 0) {
    console.log('perturbation benchmark: no articles found in ../shared (skipped)');
    return null;
  }
  const rand = rng(42);
  const corpus = new lib.Corpus();
  const texts = new Map();
  for (const f of originals) {
    const text = fs.readFileSync(f, 'utf8');
    texts.set(f, text);
    corpus.set(f, lib.analyzeDocument(text));
  }
  // One draft per original: copy of the article with one claim changed.
  const injected = new Map();
  const byKind = {};
  for (const f of originals) {
    const a = corpus.get(f);
    const candidates = a.claimSentences.flatMap((cs) => cs.claims.map((c) => ({ c, cs }))).filter(({ c }) => change(c) !== undefined);
    if (candidates.length === 0) continue;
    const { c } = candidates[Math.floor(rand() * candidates.length)];
    const changed = change(c);
    const draft = `${f}.draft`;
    const text = texts.get(f);
    const newText = text.slice(0, c.start) + changed + text.slice(c.end);
    corpus.set(draft, lib.analyzeDocument(newText));
    injected.set(draft, { start: c.start, end: c.start + changed.length, kind: c.kind, from: c.text, to: changed, source: f });
    byKind[c.kind] = byKind[c.kind] ?? { n: 0, found: 0 };
    byKind[c.kind].n++;
  }
  const isDraft = (x) => x.endsWith('.draft');
  // Drafts take the originals as sources; originals are checked against the other originals only.
  const options = { isSource: (_file, other) => !isDraft(other) };
  let found = 0;
  let falseInDrafts = 0;
  let falseInOriginals = 0;
  const notes = [];
  for (const [draft, inj] of injected) {
    const findings = lib.checkDocument(draft, corpus.get(draft), corpus, options).filter((x) => x.rule === 'claim-conflict');
    const hit = findings.some((x) => x.start < inj.end && inj.start < x.end);
    if (hit) {
      found++;
      byKind[inj.kind].found++;
    } else notes.push(`miss  ${path.basename(inj.source)}: ${inj.kind} ${inj.from} -> ${inj.to}`);
    for (const x of findings) {
      if (x.start < inj.end && inj.start < x.end) continue;
      falseInDrafts++;
      notes.push(`false ${path.basename(inj.source)} (draft): ${x.message}`);
    }
  }
  for (const f of originals) {
    for (const x of lib.checkDocument(f, corpus.get(f), corpus, options).filter((y) => y.rule === 'claim-conflict')) {
      falseInOriginals++;
      notes.push(`false ${path.basename(f)}:${lib.positionAt(corpus.get(f).lines, x.start).line + 1}: ${x.message}`);
    }
  }
  const files = originals.length + injected.size;
  console.log(`\n== Claim-conflict perturbation benchmark (${originals.length} real articles, ${injected.size} drafts with ${title}) ==`);
  const rows = [['kind', 'injected', 'found', 'recall']];
  for (const [k, v] of Object.entries(byKind).sort()) rows.push([k, v.n, v.found, (v.found / v.n).toFixed(3)]);
  rows.push(['all', injected.size, found, (found / injected.size).toFixed(3)]);
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(w[i])).join('  '));
  console.log(`false alarms: ${falseInOriginals} on unchanged originals, ${falseInDrafts} elsewhere in drafts; ${(((falseInOriginals + falseInDrafts) / files) * 10).toFixed(2)} per 10 files (${files} files)`);
  if (!quiet) for (const n of notes.slice(0, 60)) console.log('  ' + n);
  return { injected: injected.size, found, recall: found / injected.size, falseInOriginals, falseInDrafts, falsePer10Files: ((falseInOriginals + falseInDrafts) / files) * 10, byKind };
}
