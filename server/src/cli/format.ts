/** CLI output formats. One function per format; rules know nothing of them. */
import { Finding, RULES, positionAt, Line } from '../analysis/index';

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
  related: { file: string; line: number; column: number; endLine: number; endColumn: number; message: string }[];
}

/** 0-based line and UTF-16 column of an offset in another file (undefined when it is gone). */
export type Locate = (file: string, offset: number) => { line: number; character: number } | undefined;

export function toJson(results: FileResult[], display: (f: string) => string, locate: Locate = () => undefined): JsonFinding[] {
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
        related: f.related.map((x) => {
          const rs = locate(x.file, x.start) ?? { line: x.line, character: 0 };
          const re = locate(x.file, x.end) ?? rs;
          return { file: display(x.file), line: rs.line + 1, column: rs.character + 1, endLine: re.line + 1, endColumn: re.character + 1, message: x.message };
        }),
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

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function uriRef(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0, one run. Paths are relative to %SRCROOT% (the current folder, as GitHub code
 * scanning expects); columns are UTF-16 code units, as in the editor; the sources a conflict
 * points at are relatedLocations.
 */
export function sarif(findings: JsonFinding[], cwdUri: string, version: string): object {
  const rules = RULES.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    defaultConfiguration: { enabled: r.defaultSeverity !== 'off', level: r.defaultSeverity === 'off' ? 'none' : SARIF_LEVEL[r.defaultSeverity] },
    help: { text: `See docs/rules/${r.id}.md in the Copydesk package.` },
  }));
  const extraRules = [...new Set(findings.map((f) => f.rule))].filter((id) => !RULES.some((r) => r.id === id));
  for (const id of extraRules) rules.push({ id, name: id, shortDescription: { text: id }, fullDescription: { text: id }, defaultConfiguration: { enabled: true, level: 'warning' }, help: { text: id } });
  const region = (l: number, c: number, el: number, ec: number) => ({ startLine: l, startColumn: c, endLine: el, endColumn: Math.max(ec, el === l ? c : 1) });
  const location = (file: string, r: object) => ({ physicalLocation: { artifactLocation: { uri: uriRef(file), uriBaseId: '%SRCROOT%' }, region: r } });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'copydesk', version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: cwdUri.endsWith('/') ? cwdUri : cwdUri + '/' } },
        columnKind: 'utf16CodeUnits',
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: rules.findIndex((r) => r.id === f.rule),
          level: SARIF_LEVEL[f.severity] ?? 'warning',
          message: { text: f.message },
          locations: [location(f.file, region(f.line, f.column, f.endLine, f.endColumn))],
          ...(f.related.length
            ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, ...location(r.file, region(r.line, r.column, r.endLine, r.endColumn)), message: { text: r.message } })) }
            : {}),
        })),
      },
    ],
  };
}

const GITHUB_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request. */
export function github(findings: JsonFinding[]): string {
  return findings
    .map((f) => {
      const related = f.related.length ? ` (${f.related.map((r) => `${r.file}:${r.line}`).join(', ')})` : '';
      const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${escapeProperty(`copydesk ${f.rule}`)}`];
      return `::${GITHUB_LEVEL[f.severity] ?? 'warning'} ${props.join(',')}::${escapeData(f.message + related)}`;
    })
    .join('\n');
}
