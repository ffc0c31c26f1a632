/**
 * checkDocument: runs every enabled rule on one analysed file against the corpus, applies
 * severities and inline directives, and adds the "silence this" fix to each finding. A rule that
 * throws is reported as one finding; the other rules still run.
 */
import { Corpus, MAX_QUOTE_WORDS, MIN_MATCH_WORDS } from './corpus';
import { KeptAnalysis } from './document';
import { Suppressions } from './directives';
import { ruleMeta } from './rules';
import { claimConflict, sameStoryFiles } from './rules/claim-conflict';
import { RuleContext, RuleModule, paragraphAt } from './rules/context';
import { pageBoilerplate } from './rules/page-boilerplate';
import { quoteDiffers, quoteNotInSources } from './rules/quote-differs';
import { sourceQuoteCandidates } from './rules/quote-sources';
import { unattributedQuote } from './rules/unattributed-quote';
import { unbalancedQuote } from './rules/unbalanced-quote';
import { positionAt } from './text/lines';
import { Finding, Fix, SeveritySetting } from './types';

export const RULE_MODULES: RuleModule[] = [pageBoilerplate, unattributedQuote, unbalancedQuote, quoteDiffers, quoteNotInSources, claimConflict];

export interface CheckOptions {
  /** Severity per rule id; missing rules use their default. */
  severity?: Record<string, SeveritySetting>;
  isSource?: (file: string, other: string) => boolean;
  display?: (file: string) => string;
  /** Filled with the other files whose content shaped the findings (for cache invalidation). */
  consulted?: Set<string>;
  /** Filled with those of them whose claims shaped the findings. */
  claimsConsulted?: Set<string>;
}

export function effectiveSeverity(rule: string, options: CheckOptions): SeveritySetting {
  return options.severity?.[rule] ?? ruleMeta(rule)?.defaultSeverity ?? 'warning';
}

export function checkDocument(file: string, analysis: KeptAnalysis, corpus: Corpus, options: CheckOptions = {}): Finding[] {
  return runRules(file, analysis, corpus, options).findings;
}

/**
 * checkDocument for long files, in slices of lines: the generator pauses after each slice so the
 * caller can let other work through, and stop if the text changed. Every rule works per quote,
 * claim sentence, boilerplate block or stray mark, so the slices together give checkDocument's
 * findings (the tests compare both). Slices are small because one quote can send the check to
 * dozens of source files whose analyses are not in memory yet.
 */
export function* checkDocumentInSlices(file: string, analysis: KeptAnalysis, corpus: Corpus, options: CheckOptions = {}, linesPerSlice = 10): Generator<void, Finding[]> {
  if (analysis.tooLarge) return checkDocument(file, analysis, corpus, options);
  type Slice = Pick<KeptAnalysis, 'blocks' | 'quotes' | 'unbalanced' | 'claimSentences'>;
  const slices = new Map<number, Slice>();
  const sliceOf = (line: number) => {
    const k = Math.floor(line / linesPerSlice);
    let sl = slices.get(k);
    if (!sl) slices.set(k, (sl = { blocks: [], quotes: [], unbalanced: [], claimSentences: [] }));
    return sl;
  };
  for (const b of analysis.blocks) sliceOf(b.startLine).blocks.push(b);
  for (const q of analysis.quotes) sliceOf(q.span.parts[0].line).quotes.push(q);
  for (const u of analysis.unbalanced) sliceOf(u.line).unbalanced.push(u);
  for (const cs of analysis.claimSentences) sliceOf(cs.sentence.line).claimSentences.push(cs);
  const setup = fileSetup(analysis);
  const findings: Finding[] = [];
  const failed = new Set<string>();
  for (const k of [...slices.keys()].sort((a, b) => a - b)) {
    const slice: KeptAnalysis = { ...analysis, ...slices.get(k)! };
    // The other files this slice reads are analysed first, one per step: a quote can send the
    // check to dozens of files whose analyses are not in memory, and each costs milliseconds.
    for (const other of filesRead(contextFor(file, slice, corpus, options, setup))) {
      if (corpus.peek(other)) continue;
      corpus.get(other);
      yield;
    }
    for (const f of runRules(file, slice, corpus, options, setup).findings) {
      // A rule that throws is reported once, as checkDocument does, not once per slice.
      if (f.message.startsWith('Internal error in rule ')) {
        if (failed.has(f.rule)) continue;
        failed.add(f.rule);
      }
      findings.push(f);
    }
    yield;
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** What every slice of one file's check shares: its directives, its line breaks, the rules' memo, the whole analysis. */
interface FileSetup {
  suppressions: Suppressions;
  eol: string;
  memo: Map<string, unknown>;
  analysis: KeptAnalysis;
}

function fileSetup(analysis: KeptAnalysis): FileSetup {
  return { suppressions: new Suppressions(analysis.directives, analysis.lines, analysis.paragraphs && ((l) => paragraphLines(analysis, l))), eol: analysis.text.includes('\r\n') ? '\r\n' : '\n', memo: new Map(), analysis };
}

/** First and last line of the paragraph holding line l (a hard-wrapped file's paragraph spans several). */
function paragraphLines(analysis: KeptAnalysis, l: number): [number, number] {
  const p = paragraphAt(analysis, analysis.lines[l].start);
  return [positionAt(analysis.lines, p.start).line, positionAt(analysis.lines, p.end).line];
}

function contextFor(file: string, analysis: KeptAnalysis, corpus: Corpus, options: CheckOptions, setup?: FileSetup): RuleContext {
  return {
    file,
    analysis,
    corpus,
    isSource: (other) => (options.isSource ? options.isSource(file, other) : true),
    display: options.display ?? ((f) => f),
    consulted: options.consulted,
    claimsConsulted: options.claimsConsulted,
    memo: setup?.memo ?? new Map(),
    fileAnalysis: setup?.analysis,
  };
}

/** Other files whose analyses the rules will read for this (slice of a) file. */
function filesRead(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const q of ctx.analysis.quotes) if (q.words.length >= MIN_MATCH_WORDS) for (const c of sourceQuoteCandidates(ctx, q.words.slice(0, MAX_QUOTE_WORDS))) out.add(c.file);
  if (ctx.analysis.claimSentences.length) for (const f of sameStoryFiles(ctx).keys()) out.add(f);
  return out;
}

/** Every rule over one file: the findings kept, and the directives that silenced something. */
function runRules(file: string, analysis: KeptAnalysis, corpus: Corpus, options: CheckOptions, setup?: FileSetup): { findings: Finding[]; suppressions?: Suppressions } {
  const findings: Finding[] = [];
  if (analysis.tooLarge) {
    const sev = effectiveSeverity('file-too-large', options);
    if (sev !== 'off')
      findings.push({
        rule: 'file-too-large',
        severity: sev,
        start: 0,
        end: Math.min(analysis.lines[0].end, 200),
        message: `File not checked: ${analysis.text.length.toLocaleString('en')} characters is over the limit (maxFileChars). Split it or raise the limit.`,
        detail: 'Very large files are skipped so the editor stays responsive. Raise `maxFileChars` in .copydesk.json to check it anyway.',
        related: [],
        fixes: [],
      });
    return { findings };
  }
  const { suppressions, eol } = setup ?? fileSetup(analysis);
  const ctx = contextFor(file, analysis, corpus, options, setup);
  for (const rule of RULE_MODULES) {
    const severity = effectiveSeverity(rule.id, options);
    if (severity === 'off') continue;
    let raw;
    try {
      raw = rule.check(ctx);
    } catch (err) {
      findings.push({
        rule: rule.id,
        severity: 'error',
        start: 0,
        end: 0,
        message: `Internal error in rule ${rule.id}: ${(err as Error).message}. Other rules still ran; please report this.`,
        detail: String((err as Error).stack ?? err),
        related: [],
        fixes: [],
      });
      continue;
    }
    for (const f of raw) {
      const from = positionAt(analysis.lines, f.start).line;
      const to = positionAt(analysis.lines, Math.max(f.start, f.end - 1)).line;
      if (suppressions.isSuppressed(f.rule, from, to)) continue;
      // The directive goes above the paragraph, not between two of its lines.
      const above = analysis.paragraphs ? paragraphLines(analysis, from)[0] : from;
      const fixes = analysis.paragraphs ? f.fixes.map((fix) => keepingWraps(analysis.text, fix)) : f.fixes;
      findings.push({ ...f, severity, fixes: [...fixes, ...silenceFixes(analysis, f.rule, above, eol)] });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, suppressions };
}

/**
 * In a hard-wrapped file, an edit over a wrap keeps the line breaks among the words it leaves as they
 * were: "2.6 million\neuros" becomes "2.4 million\neuros", and "The crew\ndid … nobody was hurt"
 * becomes "The crew\ndid … no one was hurt" (the words before and after the change keep the gaps
 * between them; the changed words are put with single spaces).
 */
function keepingWraps(text: string, fix: Fix): Fix {
  const edits = fix.edits.map((e) => {
    const old = text.slice(e.start, e.end);
    if (!/[\r\n]/.test(old) || old.trim() !== old || e.newText.trim() !== e.newText || e.newText === '') return e;
    const oldWords = old.split(/\s+/);
    const gaps = old.match(/\s+/g) ?? [];
    const words = e.newText.split(/\s+/);
    if (words.length === oldWords.length) return { ...e, newText: words.map((w, i) => w + (gaps[i] ?? '')).join('') };
    // Words kept at the start and at the end keep their gaps.
    let head = 0;
    while (head < words.length && head < oldWords.length && words[head] === oldWords[head]) head++;
    let tail = 0;
    while (tail < words.length - head && tail < oldWords.length - head && words[words.length - 1 - tail] === oldWords[oldWords.length - 1 - tail]) tail++;
    const out: string[] = [];
    for (let i = 0; i < words.length; i++) {
      out.push(words[i]);
      if (i === words.length - 1) break;
      const fromEnd = words.length - 1 - i; // the gap after word i, counted from the end
      out.push(i < head ? gaps[i] : fromEnd <= tail ? gaps[gaps.length - fromEnd] : ' ');
    }
    return { ...e, newText: out.join('') };
  });
  return { ...fix, edits };
}

/** Insert a directive line above the finding's line: never touches the article text itself. */
function silenceFixes(analysis: KeptAnalysis, rule: string, line: number, eol: string) {
  const l = analysis.lines[line];
  const fixes = [{ title: `Silence ${rule} on this line (copydesk: disable-next-line)`, edits: [{ start: l.start, end: l.start, newText: `copydesk: disable-next-line ${rule}${eol}` }] }];
  if (rule === 'claim-conflict' || rule.startsWith('quote-') || rule === 'unattributed-quote') {
    fixes.push({ title: 'Mark this line as verified (copydesk: verified)', edits: [{ start: l.start, end: l.start, newText: `copydesk: verified${eol}` }] });
  }
  return fixes;
}

/** Directives that silenced nothing (for --report-unused-directives); a directive for a rule that is off is unused. */
export function unusedDirectives(file: string, analysis: KeptAnalysis, corpus: Corpus, options: CheckOptions = {}) {
  const { suppressions } = runRules(file, analysis, corpus, options);
  return suppressions ? analysis.directives.filter((d) => !suppressions.used.has(d) && d.kind !== 'enable') : [];
}
