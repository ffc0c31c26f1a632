/**
 * Inline directives that work in plain text (no comment syntax needed), one per line:
 *   copydesk: disable-next-line [rule …]   copydesk: disable-line [rule …] (at the end of a line)
 *   copydesk: disable [rule …] / copydesk: enable [rule …]   (a block)
 *   copydesk: disable-file [rule …]
 *   copydesk: verified [note]   a human checked the next line: claims and quotes on it stay silent
 * Leading comment marks (//, #, <!--, [) are allowed so the same lines work in Markdown too.
 * A line holding a directive is not article text and feeds no check.
 */
import { Line } from './text/lines';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file' | 'verified';

export interface Directive {
  kind: DirectiveKind;
  /** Rules named; empty means every rule (for verified: claims and quotes). */
  rules: string[];
  line: number;
  start: number;
  end: number;
  /** Whether the directive sits alone on its line. */
  wholeLine: boolean;
}

const DIRECTIVE_RE = /copydesk:\s?(disable-next-line|disable-line|disable-file|disable|enable|verified)\b([^\n\r]{0,300})/;
export const VERIFIED_RULES = ['claim-conflict', 'quote-differs', 'quote-not-in-sources', 'unattributed-quote'];

export function parseDirectives(lines: Line[]): Directive[] {
  const out: Directive[] = [];
  for (const line of lines) {
    const at = line.text.indexOf('copydesk:');
    if (at < 0) continue;
    const m = DIRECTIVE_RE.exec(line.text.slice(at, at + 400));
    if (!m) continue;
    const kind = m[1] as DirectiveKind;
    const rest = m[2].replace(/-->|\]/g, ' ');
    const rules = kind === 'verified' ? [] : rest.split(/[\s,]+/).filter((r) => /^[a-z]+(?:-[a-z]+)+$/.test(r));
    // Only a comment opener (or nothing) before the directive: the line holds no article text.
    const wholeLine = ['', '<!--', '//', '#', '['].includes(line.text.slice(0, at).trim());
    out.push({ kind, rules, line: line.index, start: line.start + at, end: line.end, wholeLine });
  }
  return out;
}

/** Answers "is rule R silenced on line L?" and records which directives were used. */
export class Suppressions {
  private fileRules = new Set<string>();
  private fileAll = false;
  private byLine = new Map<number, { rules: string[]; directive: Directive }[]>();
  private blocks: { from: number; to: number; rules: string[]; directive: Directive }[] = [];
  readonly used = new Set<Directive>();

  /**
   * `paragraphLines(l)`: the first and last line of the paragraph holding line l, in a hard-wrapped
   * file (a directive for "the line" then means its paragraph, as it does where lines are paragraphs).
   */
  constructor(
    readonly directives: Directive[],
    lines: Line[],
    paragraphLines?: (line: number) => [number, number],
  ) {
    const nextContentLine = (l: number) => {
      let k = l + 1;
      while (k < lines.length && !/\S/.test(lines[k].text)) k++;
      return k;
    };
    const open: { from: number; rules: string[]; directive: Directive }[] = [];
    for (const d of directives) {
      const addOne = (line: number, rules: string[]) => this.byLine.set(line, [...(this.byLine.get(line) ?? []), { rules, directive: d }]);
      const add = (line: number, rules: string[]) => {
        const [first, last] = paragraphLines && line < lines.length ? paragraphLines(line) : [line, line];
        for (let l = first; l <= last; l++) addOne(l, rules);
      };
      if (d.kind === 'disable-file') {
        if (d.rules.length === 0) this.fileAll = true;
        d.rules.forEach((r) => this.fileRules.add(r));
        this.used.add(d);
      } else if (d.kind === 'disable-next-line') add(nextContentLine(d.line), d.rules);
      else if (d.kind === 'verified') add(nextContentLine(d.line), VERIFIED_RULES);
      else if (d.kind === 'disable-line') add(d.line, d.rules);
      else if (d.kind === 'disable') open.push({ from: d.line, rules: d.rules, directive: d });
      else if (d.kind === 'enable') {
        const o = open.pop();
        if (o) this.blocks.push({ ...o, to: d.line });
      }
    }
    for (const o of open) this.blocks.push({ ...o, to: lines.length });
  }

  isSuppressed(rule: string, fromLine: number, toLine = fromLine): boolean {
    if (this.fileAll || this.fileRules.has(rule)) return true;
    for (let l = fromLine; l <= toLine; l++) {
      for (const e of this.byLine.get(l) ?? []) {
        if (e.rules.length === 0 || e.rules.includes(rule)) {
          this.used.add(e.directive);
          return true;
        }
      }
    }
    for (const b of this.blocks) {
      if (fromLine > b.from && fromLine < b.to && (b.rules.length === 0 || b.rules.includes(rule))) {
        this.used.add(b.directive);
        return true;
      }
    }
    return false;
  }
}
