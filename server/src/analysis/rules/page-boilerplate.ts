/**
 * page-boilerplate: one finding per contiguous block of page furniture. The fix deletes exactly the
 * block's lines and the blank line the deletion would leave doubled; nothing else.
 */
import { BoilerplateBlock } from '../boilerplate/classify';
import { KeptAnalysis } from '../document';
import { Line } from '../text/lines';
import { TextEdit } from '../types';
import { RuleContext, RuleFinding, RuleModule } from './context';

export const pageBoilerplate: RuleModule = {
  id: 'page-boilerplate',
  check({ analysis }: RuleContext): RuleFinding[] {
    return analysis.blocks.map((block) => {
      const reasons = [...new Set(block.lines.map((l) => analysis.boilerplate.get(l)!))];
      const first = analysis.lines[block.startLine];
      const last = analysis.lines[block.endLine];
      const n = block.lines.length;
      const message = `Page boilerplate, not article text: ${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? '; …' : ''} (${n} line${n === 1 ? '' : 's'}).`;
      const detail = [
        `**Why:** these ${n} line${n === 1 ? '' : 's'} look like page furniture left over from a web page.`,
        '',
        ...block.lines.slice(0, 12).map((l) => `- line ${l + 1}: ${analysis.boilerplate.get(l)} — \`${clip(analysis.lines[l].text.trim(), 70)}\``),
        block.lines.length > 12 ? `- … ${block.lines.length - 12} more` : '',
        '',
        'The quick fix removes exactly these lines. Silence with `copydesk: disable-next-line page-boilerplate`, or add a phrase to `boilerplatePhrases` / set the rule to `off` in .copydesk.json.',
      ].join('\n');
      return {
        rule: 'page-boilerplate',
        start: first.start + (first.text.length - first.text.trimStart().length),
        end: last.end,
        message,
        detail,
        related: [],
        fixes: [{ title: `Remove ${n === 1 ? 'this boilerplate line' : `these ${n} boilerplate lines`}`, edits: [removeBlockEdit(analysis, block)], fixAll: true }],
      };
    });
  },
};

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

const blank = (a: KeptAnalysis, i: number) => i >= 0 && i < a.lines.length && !/\S/.test(a.lines[i].text);

/** Delete the block's lines; also one blank line next to it, so no double blank is left behind. */
const lastTextLines = new WeakMap<Line[], number>();

/** The last line with any text (-1 if none), found once per file: a file can have thousands of blocks. */
function lastTextLine(lines: Line[]): number {
  let i = lastTextLines.get(lines);
  if (i === undefined) {
    for (i = lines.length - 1; i >= 0 && !/\S/.test(lines[i].text); i--);
    lastTextLines.set(lines, i);
  }
  return i;
}

export function removeBlockEdit(a: KeptAnalysis, block: BoilerplateBlock): TextEdit {
  const lines = a.lines;
  let start = lines[block.startLine].start;
  let end = lines[block.endLine].endWithBreak;
  const atEnd = block.endLine >= lastTextLine(lines);
  if (atEnd) {
    // Trailing furniture: drop it and the blank lines before it; keep the last article line's break.
    let p = block.startLine - 1;
    while (p >= 0 && blank(a, p)) p--;
    start = p >= 0 ? lines[p].endWithBreak : 0;
    end = a.text.length;
  } else if ((blank(a, block.startLine - 1) || block.startLine === 0) && blank(a, block.endLine + 1)) {
    end = lines[block.endLine + 1].endWithBreak;
  }
  return { start, end, newText: '' };
}
