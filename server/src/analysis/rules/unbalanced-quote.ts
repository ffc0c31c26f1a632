/** unbalanced-quote: a quote mark that opens and never closes, or closes what never opened. */
import { UnbalancedMark } from '../quotes/spans';
import { Fix } from '../types';
import { RuleContext, RuleFinding, RuleModule } from './context';

/** More stray marks than this in one paragraph are summed up, not listed (a pasted table, not prose). */
const MAX_PER_PARAGRAPH = 3;

export const unbalancedQuote: RuleModule = {
  id: 'unbalanced-quote',
  check({ analysis }: RuleContext): RuleFinding[] {
    const perLine = new Map<number, number>();
    for (const u of analysis.unbalanced) perLine.set(u.line, (perLine.get(u.line) ?? 0) + 1);
    const seen = new Map<number, number>();
    const ranked = analysis.unbalanced.map((u) => {
      const rank = (seen.get(u.line) ?? 0) + 1;
      seen.set(u.line, rank);
      return { u, rank };
    });
    return ranked.filter((x) => x.rank <= MAX_PER_PARAGRAPH).map(({ u, rank }) => {
      const n = perLine.get(u.line)! - MAX_PER_PARAGRAPH;
      // The last mark listed for its paragraph says how many more there are.
      const more = n > 0 && rank === MAX_PER_PARAGRAPH ? ` ${n} more unbalanced mark${n === 1 ? ' in this paragraph is' : 's in this paragraph are'} not listed.` : '';
      const { message, detail, fix } = explain(analysis.text, analysis.lines[u.line].start, u);
      return { rule: 'unbalanced-quote', start: u.offset, end: u.offset + 1, message: message + more, detail, related: [], fixes: [fix] };
    });
  },
};

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
  const where = text.slice(Math.max(u.suggestion - 30, lineStart), u.suggestion).trimStart();
  return {
    message: u.kind === 'unclosed' ? `Opening quote mark is never closed; it probably closes after “…${where.slice(-25)}”.` : 'Closing quote mark has no opening mark in this paragraph.',
    detail: `**Why:** quote marks come in pairs; this one has no partner${u.kind === 'unclosed' ? ' in its paragraph, and the next paragraph does not open with a quote mark (which would continue the quote, AP style)' : ''}. Until it is fixed, quote checks cannot tell where this quote begins or ends.\n\nThe quick fix inserts ${missing} where the missing mark most likely belongs; check it reads right.`,
    fix: { title: `Insert ${missing} ${u.kind === 'unclosed' ? 'to close the quote' : 'to open the quote'}`, edits: [{ start: u.suggestion, end: u.suggestion, newText: missing }] },
  };
}
