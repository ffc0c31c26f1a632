/**
 * checkDocument: runs every enabled rule on one analysed file against the corpus, applies
 * severities and inline directives, and adds the "silence this" fix to each finding. A rule that
 * throws is reported as one finding; the other rules still run.
 */
import { Corpus } from './corpus';
import { DocumentAnalysis } from './document';
import { Suppressions } from './directives';
import { ruleMeta } from './rules';
import { claimConflict } from './rules/claim-conflict';
import { RuleContext, RuleModule } from './rules/context';
import { pageBoilerplate } from './rules/page-boilerplate';
import { quoteDiffers, quoteNotInSources } from './rules/quote-differs';
import { unattributedQuote } from './rules/unattributed-quote';
import { unbalancedQuote } from './rules/unbalanced-quote';
import { positionAt } from './text/lines';
import { Finding, SeveritySetting } from './types';

export const RULE_MODULES: RuleModule[] = [pageBoilerplate, unattributedQuote, unbalancedQuote, quoteDiffers, quoteNotInSources, claimConflict];

export interface CheckOptions {
  /** Severity per rule id; missing rules use their default. */
  severity?: Record<string, SeveritySetting>;
  isSource?: (file: string, other: string) => boolean;
  display?: (file: string) => string;
  /** Filled with the other files whose content shaped the findings (for cache invalidation). */
  consulted?: Set<string>;
}

export function effectiveSeverity(rule: string, options: CheckOptions): SeveritySetting {
  return options.severity?.[rule] ?? ruleMeta(rule)?.defaultSeverity ?? 'warning';
}

export function checkDocument(file: string, analysis: DocumentAnalysis, corpus: Corpus, options: CheckOptions = {}): Finding[] {
  return runRules(file, analysis, corpus, options).findings;
}

/**
 * checkDocument for long files, in slices of lines: the generator pauses after each slice so the
 * caller can let other work through, and stop if the text changed. Every rule works per quote,
 * claim sentence, boilerplate block or line, so the slices together give checkDocument's findings
 * (the tests compare both).
 */
export function* checkDocumentInSlices(file: string, analysis: DocumentAnalysis, corpus: Corpus, options: CheckOptions = {}, linesPerSlice = 400): Generator<void, Finding[]> {
  if (analysis.tooLarge) return checkDocument(file, analysis, corpus, options);
  const findings: Finding[] = [];
  for (let from = 0; from < analysis.lines.length; from += linesPerSlice) {
    const inSlice = (line: number) => line >= from && line < from + linesPerSlice;
    const slice: DocumentAnalysis = {
      ...analysis,
      blocks: analysis.blocks.filter((b) => inSlice(b.startLine)),
      quotes: analysis.quotes.filter((q) => inSlice(q.span.parts[0].line)),
      unbalanced: analysis.unbalanced.filter((u) => inSlice(u.line)),
      claimSentences: analysis.claimSentences.filter((cs) => inSlice(cs.sentence.line)),
    };
    findings.push(...runRules(file, slice, corpus, options).findings);
    yield;
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Every rule over one file: the findings kept, and the directives that silenced something. */
function runRules(file: string, analysis: DocumentAnalysis, corpus: Corpus, options: CheckOptions): { findings: Finding[]; suppressions?: Suppressions } {
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
  const ctx: RuleContext = {
    file,
    analysis,
    corpus,
    isSource: (other) => (options.isSource ? options.isSource(file, other) : true),
    display: options.display ?? ((f) => f),
    consulted: options.consulted,
  };
  const suppressions = new Suppressions(analysis.directives, analysis.lines);
  const eol = analysis.text.includes('\r\n') ? '\r\n' : '\n';
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
      findings.push({ ...f, severity, fixes: [...f.fixes, ...silenceFixes(analysis, f.rule, from, eol)] });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, suppressions };
}

/** Insert a directive line above the finding's line: never touches the article text itself. */
function silenceFixes(analysis: DocumentAnalysis, rule: string, line: number, eol: string) {
  const l = analysis.lines[line];
  const fixes = [{ title: `Silence ${rule} on this line (copydesk: disable-next-line)`, edits: [{ start: l.start, end: l.start, newText: `copydesk: disable-next-line ${rule}${eol}` }] }];
  if (rule === 'claim-conflict' || rule.startsWith('quote-') || rule === 'unattributed-quote') {
    fixes.push({ title: 'Mark this line as verified (copydesk: verified)', edits: [{ start: l.start, end: l.start, newText: `copydesk: verified${eol}` }] });
  }
  return fixes;
}

/** Directives that silenced nothing (for --report-unused-directives); a directive for a rule that is off is unused. */
export function unusedDirectives(file: string, analysis: DocumentAnalysis, corpus: Corpus, options: CheckOptions = {}) {
  const { suppressions } = runRules(file, analysis, corpus, options);
  return suppressions ? analysis.directives.filter((d) => !suppressions.used.has(d) && d.kind !== 'enable') : [];
}
