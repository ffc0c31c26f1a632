/** CLI output formats. One function per format; rules know nothing of them. */
import { Finding, positionAt, Line } from '../analysis/index';

export interface FileResult {
  /** As given on the command line, or relative to the current folder. */
  file: string;
  lines: Line[];
  findings: Finding[];
}

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
  related: { file: string; line: number; message: string }[];
}

export function toJson(results: FileResult[], display: (f: string) => string): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const s = positionAt(r.lines, f.start);
      const e = positionAt(r.lines, f.end);
      out.push({
        file: r.file,
        line: s.line + 1,
        column: s.character + 1,
        endLine: e.line + 1,
        endColumn: e.character + 1,
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        related: f.related.map((x) => ({ file: display(x.file), line: x.line + 1, message: x.message })),
      });
    }
  }
  return out;
}

export function stylish(findings: JsonFinding[], color: boolean): string {
  const c = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const byFile = new Map<string, JsonFinding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  for (const [file, list] of byFile) {
    lines.push('', c('4', file));
    for (const f of list) {
      counts[f.severity] = (counts[f.severity] ?? 0) + 1;
      const sev = f.severity === 'error' ? c('31', 'error') : f.severity === 'warning' ? c('33', 'warning') : c('36', f.severity);
      lines.push(`  ${`${f.line}:${f.column}`.padEnd(8)} ${sev.padEnd(color ? 16 : 7)}  ${f.message}  ${c('2', f.rule)}`);
      for (const r of f.related.slice(0, 5)) lines.push(`           ${c('2', `\u21B3 ${r.file}:${r.line}  ${r.message}`)}`);
    }
  }
  const total = findings.length;
  if (total === 0) return '';
  const parts = ['error', 'warning', 'info', 'hint'].filter((s) => counts[s]).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
  lines.push('', c('1', `\u2716 ${total} problem${total === 1 ? '' : 's'} (${parts.join(', ')})`), '');
  return lines.join('\n');
}
