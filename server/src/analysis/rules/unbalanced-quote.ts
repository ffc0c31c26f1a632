/** unbalanced-quote: a quote mark that opens and never closes, or closes what never opened. */
import { UnbalancedMark } from '../quotes/spans';
import { Line } from '../text/lines';
import { Fix } from '../types';
import { RuleContext, RuleFinding, RuleModule, paragraphIndexAt } from './context';

/** More stray marks than this in one paragraph are summed up, not listed (a pasted table, not prose). */
const MAX_PER_PARAGRAPH = 3;

export const unbalancedQuote: RuleModule = {
  id: 'unbalanced-quote',
  check({ analysis }: RuleContext): RuleFinding[] {
    // Marks are counted and followed by paragraph: a hard-wrapped file's paragraphs, not its lines.
    const paragraphs = analysis.paragraphs ?? analysis.lines;
    const unbalanced = analysis.paragraphs ? analysis.unbalanced.map((u) => ({ ...u, line: paragraphIndexAt(analysis, u.offset) })) : analysis.unbalanced;
    const runOns = runOnQuotes(unbalanced, paragraphs, analysis.text);
    const marks = unbalanced.filter((u) => !runOns.closing.has(u));
    const perLine = new Map<number, number>();
    for (const u of marks) perLine.set(u.line, (perLine.get(u.line) ?? 0) + 1);
    const seen = new Map<number, number>();
    const ranked = marks.map((u) => {
      const rank = (seen.get(u.line) ?? 0) + 1;
      seen.set(u.line, rank);
      return { u, rank };
    });
    return ranked.filter((x) => x.rank <= MAX_PER_PARAGRAPH).map(({ u, rank }) => {
      const n = perLine.get(u.line)! - MAX_PER_PARAGRAPH;
      // The last mark listed for its paragraph says how many more there are.
      const more = n > 0 && rank === MAX_PER_PARAGRAPH ? ` ${n} more unbalanced mark${n === 1 ? ' in this paragraph is' : 's in this paragraph are'} not listed.` : '';
      const runOn = runOns.opening.get(u);
      const { message, detail, fix } = runOn ? explainRunOn(analysis.text, u, runOn) : explain(analysis.text, paragraphs[u.line].start, u);
      return { rule: 'unbalanced-quote', start: u.offset, end: u.offset + 1, message: message + more, detail, related: [], fixes: [fix] };
    });
  },
};

/** Paragraphs a run-on quote goes on into without an opening mark: their first offsets, the closing paragraph's last. */
interface RunOn {
  starts: number[];
  closingLine: number;
}

/** Most paragraphs a quote is taken to run on over without continuation marks. */
const MAX_RUN_ON = 3;

/**
 * A quote opened and never closed in its paragraph, and closed without an opening mark one to three
 * paragraphs on, with no quote mark between: one quote over several paragraphs whose continuation
 * marks the writer or the page left out ("It reads: "The death of my beloved Mother … / We mourn
 * … / … so widely held.""). Told as one finding on the opening mark, not as an unclosed quote and
 * an unopened one.
 */
function runOnQuotes(marks: readonly UnbalancedMark[], lines: readonly Line[], text: string): { opening: Map<UnbalancedMark, RunOn>; closing: Set<UnbalancedMark> } {
  const opening = new Map<UnbalancedMark, RunOn>();
  const closing = new Set<UnbalancedMark>();
  // Marks by paragraph, found once: a pasted table may hold thousands.
  const onLine = new Map<number, UnbalancedMark[]>();
  for (const m of marks) {
    const list = onLine.get(m.line);
    if (list) list.push(m);
    else onLine.set(m.line, [m]);
  }
  for (const u of marks) {
    if (u.kind !== 'unclosed' || !/["\u201C]/.test(text[u.offset])) continue;
    const starts: number[] = [];
    for (let li = u.line + 1; li < lines.length && li <= u.line + 4 * MAX_RUN_ON && starts.length < MAX_RUN_ON; li++) {
      const t = lines[li].text;
      if (!t.trim()) continue;
      starts.push(lines[li].start + (t.length - t.trimStart().length));
      const there = onLine.get(li);
      if (there) {
        // Its first quote mark closes the quote; later marks of the paragraph are findings of their own.
        const v = there[0];
        if (v.kind === 'unopened' && !/["\u201C\u201D]/.test(text.slice(lines[li].start, v.offset))) {
          opening.set(u, { starts, closingLine: li });
          closing.add(v);
        }
        break;
      }
      if (/["\u201C\u201D]/.test(t)) break;
    }
  }
  return { opening, closing };
}

function explainRunOn(text: string, u: UnbalancedMark, run: RunOn): { message: string; detail: string; fix: Fix } {
  const mark = text[u.offset] === '"' ? '"' : '\u201C';
  const n = run.starts.length;
  return {
    message: `Quote runs on over ${n + 1} paragraphs without an opening mark on the ${n === 1 ? 'next one' : `next ${n}`}.`,
    detail: `**Why:** this quote does not close in its paragraph, and a closing mark with no opening one ends a paragraph below (line ${run.closingLine + 1}), with no quote mark between: one quote over ${n + 1} paragraphs. A quote that goes on into a new paragraph opens it with a quote mark again (and closes only at its end), so the reader knows the words are still the speaker's.\n\nThe quick fix puts ${mark} at the start of ${n === 1 ? 'that paragraph' : `each of those ${n} paragraphs`}.`,
    fix: { title: `Insert ${mark} at the start of the continued paragraph${n === 1 ? '' : 's'}`, edits: run.starts.map((start) => ({ start, end: start, newText: mark })) },
  };
}

/** What the finding says about the mark, and its one fix: turn a reversed mark round, or insert the missing one. */
function explain(text: string, lineStart: number, u: UnbalancedMark): { message: string; detail: string; fix: Fix } {
  const mark = text[u.offset];
  if (u.kind === 'reversed') {
    const opens = mark === '\u201D';
    const meant = opens ? '\u201C' : '\u201D';
    return {
      message: opens ? `Quote opens with a closing mark ${mark}; an opening mark ${meant} was probably meant.` : `Quote closes with an opening mark ${mark}; a closing mark ${meant} was probably meant.`,
      detail: opens
        ? `**Why:** ${mark} closes a quote, but here it stands where a quote begins (at the start of the paragraph, or before a word after a space), and a closing mark follows later in the paragraph. The quote is read as opening here.\n\nThe quick fix replaces ${mark} with ${meant}.`
        : `**Why:** ${mark} opens a quote, but here it ends the open quote (right after its last word or punctuation, with no word after it). The quote is read as closing here.\n\nThe quick fix replaces ${mark} with ${meant}.`,
      fix: { title: `Replace with ${meant}`, edits: [{ start: u.offset, end: u.offset + 1, newText: meant }] },
    };
  }
  const curly = /[\u201C\u201D]/.test(mark);
  const missing = u.kind === 'unclosed' ? (curly || mark !== '"' ? '\u201D' : '"') : curly ? '\u201C' : '"';
  // (A hard-wrapped paragraph's breaks read as spaces.)
  const where = text.slice(Math.max(u.suggestion - 30, lineStart), u.suggestion).replace(/[\r\n]/g, ' ').trimStart();
  return {
    message: u.kind === 'unclosed' ? `Opening quote mark is never closed; it probably closes after “…${where.slice(-25)}”.` : 'Closing quote mark has no opening mark in this paragraph.',
    detail: `**Why:** quote marks come in pairs; this one has no partner${u.kind === 'unclosed' ? ' in its paragraph, and the next paragraph does not open with a quote mark (which would continue the quote, AP style)' : ''}. Until it is fixed, quote checks cannot tell where this quote begins or ends.\n\nThe quick fix inserts ${missing} where the missing mark most likely belongs; check it reads right.`,
    fix: { title: `Insert ${missing} ${u.kind === 'unclosed' ? 'to close the quote' : 'to open the quote'}`, edits: [{ start: u.suggestion, end: u.suggestion, newText: missing }] },
  };
}
