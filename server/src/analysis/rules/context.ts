/** What every rule's check receives. */
import { Corpus } from '../corpus';
import { KeptAnalysis } from '../document';
import { Line, positionAt } from '../text/lines';
import { Finding } from '../types';

export interface RuleContext {
  file: string;
  analysis: KeptAnalysis;
  corpus: Corpus;
  /** Whether `other` is a source for this file (default: every other file). */
  isSource: (other: string) => boolean;
  /** How to name another file in messages (relative path). */
  display: (file: string) => string;
  /**
   * Other files whose content shaped the findings (matched quotes, aligned claim sentences); a
   * change to one of them may change the findings. Files a change newly relates come from
   * filesThatWouldConsult.
   */
  consulted?: Set<string>;
  /**
   * Those of `consulted` whose claims shaped the findings (the rest were read for their quotes
   * alone): a file whose edit left its quotes as they were changes nothing for the others.
   */
  claimsConsulted?: Set<string>;
  /**
   * Work done once per check of this file and shared by its rules (and by the slices of a long
   * file's check): the same-story files, matches per quote wording. See `once`.
   */
  memo?: Map<string, unknown>;
  /** The whole file's analysis when `analysis` is one slice of it (a long file checked in slices). */
  fileAnalysis?: KeptAnalysis;
}

/** `make()` once per check of the file (per call without a memo). */
export function once<T>(ctx: RuleContext, key: string, make: () => T): T {
  if (!ctx.memo) return make();
  if (!ctx.memo.has(key)) ctx.memo.set(key, make());
  return ctx.memo.get(key) as T;
}

export type RuleFinding = Omit<Finding, 'severity'>;

export interface RuleModule {
  id: string;
  check(ctx: RuleContext): RuleFinding[];
}

/** 1-based line for messages. */
export function lineNo(analysis: KeptAnalysis, offset: number): number {
  return positionAt(analysis.lines, offset).line + 1;
}

/** The paragraph holding an offset: its line, or in a hard-wrapped file the lines it was wrapped into, read as one. */
export function paragraphAt(analysis: KeptAnalysis, offset: number): Line {
  return (analysis.paragraphs ?? analysis.lines)[paragraphIndexAt(analysis, offset)];
}

/**
 * The text between two offsets of one paragraph as the analysis read it: a wrapped file's breaks,
 * and a caption file's times, read as spaces.
 */
export function readText(analysis: KeptAnalysis, start: number, end: number): string {
  if (!analysis.paragraphs) return analysis.text.slice(start, end);
  const p = paragraphAt(analysis, start);
  return end <= p.end ? p.text.slice(start - p.start, end - p.start) : analysis.text.slice(start, end);
}

/** Index of that paragraph among the file's paragraphs (its lines when it is not hard-wrapped). */
export function paragraphIndexAt(analysis: KeptAnalysis, offset: number): number {
  return positionAt(analysis.paragraphs ?? analysis.lines, offset).line;
}

/** Records that the findings read `file`'s claims (see RuleContext.consulted). */
export function consultClaims(ctx: RuleContext, file: string): void {
  ctx.consulted?.add(file);
  ctx.claimsConsulted?.add(file);
}
