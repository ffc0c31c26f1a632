/**
 * LSP wiring only: capabilities, documents, settings, handlers. The model lives in Project and the
 * checks in the analysis library. createServer() takes any connection, so tests run it over stdio
 * or in-process streams alike.
 */
import './regexp-compile';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { getHeapStatistics } from 'v8';
import {
  CodeAction,
  CodeActionKind,
  Connection,
  Diagnostic,
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  Hover,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  TextEdit,
  createConnection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Finding, Line, analysesToKeep, carryFindings, claimEvidence, positionAt, ruleMeta, splitLines } from './analysis/index';
import { analyzeOptions } from './config/options';
import { AnalysisCancelled, BufferAnalyser } from './workspace/buffer-analyser';
import { DEFAULT_SETTINGS, Project, UserSettings } from './workspace/project';
import { RuleContext } from './analysis/rules/context';
import { sourcePredicate } from './config/config';

export const FIX_ALL_KIND = 'source.fixAll.copydesk';
/** Findings with the text and lines their offsets belong to. */
interface FindingsView {
  text: string;
  lines: Line[];
  findings: Finding[];
}
const SEVERITY: Record<string, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint };
const TYPING_DEBOUNCE_MS = 120;
/**
 * Open buffers longer than this are analysed on a worker thread (a newer text cancels it) and
 * checked in slices between other messages; until then they show their last complete findings,
 * and a diagnostics request does not force a pending re-check.
 */
const LONG_BUFFER_CHARS = 200_000;
/** A sliced check gives other messages a turn after this much work. */
const SLICE_BUDGET_MS = 8;
/**
 * Long files wait longer before a re-check while typing (one more second per million characters,
 * about three times the analysis time), so typing in a long transcript does not keep the server busy.
 */
const typingDebounce = (chars: number) => TYPING_DEBOUNCE_MS + Math.round(chars / 1000);
/** With hideWhileTyping, findings on the line being typed show again after this pause. */
const TYPING_PAUSE_MS = 2000;

function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}
function toUri(file: string): string {
  return file.includes('://') || file.startsWith('untitled:') ? file : pathToFileURL(file).href;
}

export function createServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let project = new Project([]);
  let hasConfigurationCapability = false;
  let refreshTimer: NodeJS.Timeout | undefined;
  const typingTimers = new Map<string, NodeJS.Timeout>();
  /** Per open file: the last text seen and the line last typed on (with when typing pauses). */
  const lastText = new Map<string, string>();
  const typing = new Map<string, { line: number; until: number; timer: NodeJS.Timeout }>();
  /** One per long buffer, so re-checking one file never cancels another's analysis. */
  const analysers = new Map<string, BufferAnalyser>();
  /** Long buffers: the last complete findings with the text and lines they belong to. */
  const shown = new Map<string, FindingsView>();
  /** Long buffers being re-checked: the last findings carried onto the current text, per version. */
  const carried = new Map<string, { version: number; view: FindingsView }>();
  /** Long buffers with a re-check under way: its token (a newer one replaces it) and document version. */
  const longChecks = new Map<string, { version: number }>();

  function noteTyping(file: string, doc: TextDocument): void {
    const before = lastText.get(file);
    const now = doc.getText();
    lastText.set(file, now);
    if (before === undefined || !project.settings.hideWhileTyping) return;
    let i = 0;
    const n = Math.min(before.length, now.length);
    while (i < n && before.charCodeAt(i) === now.charCodeAt(i)) i++;
    if (i === before.length && i === now.length) return;
    clearTimeout(typing.get(file)?.timer);
    // When typing pauses, the hidden findings come back.
    const timer = setTimeout(() => {
      typing.delete(file);
      scheduleRefresh();
    }, TYPING_PAUSE_MS);
    typing.set(file, { line: doc.positionAt(i).line, until: Date.now() + TYPING_PAUSE_MS, timer });
  }

  /** Findings shown for a file: those on the line being typed wait for a pause. */
  function visibleFindings(file: string): Finding[] {
    const all = project.findingsFor(file);
    const t = typing.get(file);
    const a = project.corpus.get(file);
    if (!t || !a || Date.now() >= t.until || !project.settings.hideWhileTyping) return all;
    return all.filter((f) => positionAt(a.lines, f.start).line > t.line || positionAt(a.lines, Math.max(f.start, f.end - 1)).line < t.line);
  }

  const isLong = (doc: TextDocument) => doc.getText().length > LONG_BUFFER_CHARS;
  /** Long buffers: the document version the model's analysis was made from. */
  const analysedVersion = new Map<string, number>();

  /** Put an open buffer in the model: short ones now, long ones off the main thread (recheckLong). */
  function openDoc(doc: TextDocument): void {
    const file = toPath(doc.uri);
    if (isLong(doc)) {
      // Opening a document also reports a change: one re-check per version is enough.
      if (longChecks.get(file)?.version !== doc.version && !longIsCurrent(file, doc)) void recheckLong(file, doc.uri);
    } else {
      analysedVersion.delete(file);
      project.openBuffer(file, doc.getText());
    }
  }

  /**
   * A long buffer: analysed on a worker thread, then checked in slices with other messages served
   * in between. A newer version of the text cancels both; the last complete findings stay shown.
   */
  async function recheckLong(file: string, uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const token = { version };
    longChecks.set(file, token);
    const text = doc.getText();
    const stale = () => longChecks.get(file) !== token || documents.get(uri)?.version !== version;
    try {
      if (analysedVersion.get(file) !== version) {
        let analyser = analysers.get(file);
        if (!analyser) analysers.set(file, (analyser = new BufferAnalyser()));
        const analysis = await analyser.analyse(text, analyzeOptions(project.configFor(file).config));
        if (stale()) return;
        project.openBuffer(file, text, analysis);
        analysedVersion.set(file, version);
      }
      // Another file changing between slices voids the check (it would mix two states): run it
      // again, and after three tries check in one go.
      let findings: Finding[] | undefined;
      for (let attempt = 0; attempt < 3 && !findings; attempt++) {
        findings = await inSlices(project.findingsInSlices(file), stale);
        if (stale()) return;
      }
      findings ??= project.findingsFor(file);
      shown.set(file, { text, lines: project.corpus.get(file)!.lines, findings });
      carried.delete(file);
      longChecks.delete(file);
      scheduleRefresh();
    } catch (e) {
      if (!(e instanceof AnalysisCancelled)) connection.console.error(`Copydesk: checking ${project.display(file)} failed: ${(e as Error).message}`);
    } finally {
      if (longChecks.get(file) === token) longChecks.delete(file);
    }
  }

  /** Run a sliced check, letting other messages through every SLICE_BUDGET_MS; undefined once `stale`. */
  async function inSlices<T>(steps: Generator<void, T>, stale: () => boolean): Promise<T | undefined> {
    let since = Date.now();
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (Date.now() - since < SLICE_BUDGET_MS) continue;
      await new Promise((resolve) => setImmediate(resolve));
      if (stale()) {
        steps.return(undefined as T);
        return undefined;
      }
      since = Date.now();
    }
  }

  /** Whether a long buffer's findings in the model belong to its current text. */
  function longIsCurrent(file: string, doc: TextDocument): boolean {
    return !longChecks.has(file) && !typingTimers.has(file) && analysedVersion.get(file) === doc.version && project.hasFindings(file);
  }

  /**
   * A long buffer's last complete findings on its current text: as they were if the text is the
   * same (re-checked because another file changed), else carried past the edit (carryFindings).
   */
  function lastFindings(file: string, doc: TextDocument): FindingsView | undefined {
    const last = shown.get(file);
    const text = doc.getText();
    if (!last || last.text === text) return last;
    const kept = carried.get(file);
    if (kept?.version === doc.version) return kept.view;
    const view = { text, lines: splitLines(text), findings: carryFindings(file, last.text, last.findings, text) };
    carried.set(file, { version: doc.version, view });
    return view;
  }

  /**
   * Findings without checking anything now, for status, hover and code actions, with the text
   * their offsets belong to: a long buffer that is not current gives its last findings.
   */
  function findingsNow(file: string): FindingsView | undefined {
    const doc = documents.get(toUri(file));
    if (doc && isLong(doc) && !longIsCurrent(file, doc)) return lastFindings(file, doc);
    const a = project.corpus.get(file);
    return a && { text: a.text, lines: a.lines, findings: project.findingsFor(file) };
  }

  // Rule pages ship inside the extension (docs/rules/<id>.md), so links work offline.
  const docsHref = (rule: string) => pathToFileURL(path.join(__dirname, '..', ruleMeta(rule)?.docs ?? 'README.md')).href;

  function scheduleRefresh(): void {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      connection.languages.diagnostics.refresh().catch(() => undefined);
      sendStatus();
    }, 30);
  }

  function sendStatus(checking = false): void {
    let problems = 0;
    for (const d of documents.all()) {
      const file = toPath(d.uri);
      problems += isLong(d) && !longIsCurrent(file, d) ? (lastFindings(file, d)?.findings.length ?? 0) : project.findingsFor(file).length;
    }
    connection.sendNotification('copydesk/status', { checking, problems, files: project.corpus.size, pid: process.pid }).catch?.(() => undefined);
  }

  function lineText(file: string, line: number): string {
    return project.corpus.linesOf(file)?.[line]?.text ?? '';
  }

  /** `a`: the text and lines the finding's offsets belong to. */
  function toDiagnostic(file: string, f: Finding, a: { text: string; lines: Line[] }): Diagnostic {
    const s = positionAt(a.lines, f.start);
    const e = positionAt(a.lines, f.end);
    return {
      range: { start: s, end: e },
      severity: SEVERITY[f.severity],
      code: f.rule,
      codeDescription: { href: docsHref(f.rule) },
      source: 'copydesk',
      message: f.message,
      relatedInformation: f.related.map((r) => {
        const rl = project.corpus.linesOf(r.file);
        const rs = rl ? positionAt(rl, r.start) : { line: r.line, character: 0 };
        const re = rl ? positionAt(rl, r.end) : { line: r.line, character: 0 };
        return { location: { uri: toUri(r.file), range: { start: rs, end: re } }, message: `${r.message}: ${lineText(r.file, r.line).trim().slice(0, 120)}` };
      }),
      data: { v: 1, rule: f.rule, start: f.start, end: f.end, text: a.text.slice(f.start, f.end).slice(0, 200) },
    };
  }

  function unreadableDiagnostics(file: string): Diagnostic[] {
    const reason = project.unreadable.get(file);
    if (!reason) return [];
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'copydesk', code: 'file-unreadable', message: `Copydesk did not check this file: ${reason}.` }];
  }

  function diagnosticsFor(file: string): Diagnostic[] {
    const a = project.corpus.get(file);
    return [...unreadableDiagnostics(file), ...(a ? visibleFindings(file).map((f) => toDiagnostic(file, f, a)) : [])];
  }

  async function readSettings(): Promise<void> {
    if (!hasConfigurationCapability) return;
    try {
      const scope = project.folders[0] ? toUri(project.folders[0]) : undefined;
      const s = (await connection.workspace.getConfiguration({ scopeUri: scope, section: 'copydesk' })) as Partial<UserSettings> | null;
      project.settings = { ...DEFAULT_SETTINGS, ...(s ?? {}), rules: { ...(s?.rules ?? {}) } };
    } catch {
      project.settings = DEFAULT_SETTINGS;
    }
    project.resetConfig();
  }

  /** One indexing at a time: a second request waits for the first, then indexes again. */
  let indexing: Promise<number> = Promise.resolve(0);
  function indexWorkspace(): Promise<number> {
    indexing = indexing.catch(() => 0).then(indexOnce);
    return indexing;
  }

  async function indexOnce(): Promise<number> {
    const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
    progress?.begin('Copydesk: indexing articles', 0, undefined, false);
    sendStatus(true);
    const started = Date.now();
    const { listed, indexed, reused } = await project.indexAll((done, total) => progress?.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total} files`));
    connection.console.log(`Copydesk: indexed ${indexed} files in ${((Date.now() - started) / 1000).toFixed(1)} s${reused ? ` (${reused} unchanged, read from the index cache)` : ''}`);
    for (const d of documents.all()) if (project.isArticle(toPath(d.uri)) || d.languageId === 'article') openDoc(d);
    for (const [file, reason] of project.unreadable) connection.console.warn(`Copydesk: ${project.display(file)}: ${reason}`);
    progress?.done();
    scheduleRefresh();
    // Written a second later, so the first findings are not kept waiting.
    const current = project;
    setTimeout(() => {
      void current.saveIndexCache().then((w) => w && connection.console.log(`Copydesk: index cache written: ${w.files} files, ${(w.bytes / 1e6).toFixed(1)} MB`));
    }, 1000);
    return listed;
  }

  connection.onInitialize((params) => {
    const folders = params.workspaceFolders?.map((f) => toPath(f.uri)) ?? (params.rootUri ? [toPath(params.rootUri)] : []);
    // The client names a folder of the editor's storage for this workspace; without one, no index cache.
    const storage = (params.initializationOptions as { storagePath?: unknown } | undefined)?.storagePath;
    const note = (s: string) => connection.console.warn(`Copydesk: ${s}`);
    project = new Project(folders, typeof storage === 'string' && storage ? path.join(storage, 'index-cache.bin') : undefined, note);
    hasConfigurationCapability = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        diagnosticProvider: { identifier: 'copydesk', interFileDependencies: true, workspaceDiagnostics: false },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: ['copydesk.server.checkWorkspace'] },
      },
      serverInfo: { name: 'copydesk', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    await readSettings();
    await indexWorkspace();
  });

  connection.onDidChangeConfiguration(async () => {
    await readSettings();
    // Options may have changed: long buffers are analysed again, and checks under way are dropped.
    analysedVersion.clear();
    longChecks.clear();
    for (const d of documents.all()) openDoc(d);
    scheduleRefresh();
  });

  connection.onDidChangeWatchedFiles((params) => {
    let configChanged = false;
    for (const ch of params.changes) {
      const file = toPath(ch.uri);
      if (path.basename(file) === '.copydesk.json') {
        configChanged = true;
        continue;
      }
      if (project.isOpen(file)) continue; // the buffer wins over the disk
      if (ch.type === 3) project.remove(file);
      else if (project.isArticle(file)) project.loadFromDisk(file);
    }
    if (configChanged) {
      project.resetConfig();
      void indexWorkspace();
    }
    scheduleRefresh();
  });

  const isTracked = (doc: TextDocument) => doc.languageId === 'article' || project.isArticle(toPath(doc.uri));

  documents.onDidOpen((e) => {
    lastText.set(toPath(e.document.uri), e.document.getText());
    if (!isTracked(e.document)) return;
    openDoc(e.document);
    scheduleRefresh();
  });
  documents.onDidChangeContent((e) => {
    if (!isTracked(e.document)) return;
    const file = toPath(e.document.uri);
    noteTyping(file, e.document);
    clearTimeout(typingTimers.get(file));
    typingTimers.set(
      file,
      setTimeout(() => {
        typingTimers.delete(file);
        const doc = documents.get(e.document.uri);
        if (!doc) return;
        openDoc(doc);
        scheduleRefresh();
      }, typingDebounce(e.document.getText().length)),
    );
  });
  documents.onDidClose((e) => {
    const file = toPath(e.document.uri);
    lastText.delete(file);
    clearTimeout(typing.get(file)?.timer);
    typing.delete(file);
    longChecks.delete(file);
    analysers.get(file)?.cancel();
    analysers.delete(file);
    analysedVersion.delete(file);
    shown.delete(file);
    carried.delete(file);
    project.closeBuffer(file);
    scheduleRefresh();
  });

  connection.languages.diagnostics.on((params) => {
    const file = toPath(params.textDocument.uri);
    const doc = documents.get(params.textDocument.uri);
    if (doc && isTracked(doc) && isLong(doc)) {
      // Long buffers never make this request wait: their last complete findings answer while a
      // re-check runs (started here if nothing else started one); its end asks for a refresh.
      if (longIsCurrent(file, doc)) return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsFor(file) };
      if (!longChecks.has(file) && !typingTimers.has(file)) void recheckLong(file, doc.uri);
      const last = lastFindings(file, doc);
      return { kind: DocumentDiagnosticReportKind.Full, items: [...unreadableDiagnostics(file), ...(last ? last.findings.map((f) => toDiagnostic(file, f, last)) : [])] };
    }
    // A pending typing re-check: analyse now so the answer matches the buffer.
    if (doc && typingTimers.has(file)) {
      clearTimeout(typingTimers.get(file));
      typingTimers.delete(file);
      project.openBuffer(file, doc.getText());
    }
    if (doc && !project.corpus.has(file) && isTracked(doc)) project.openBuffer(file, doc.getText());
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsFor(file) };
  });

  connection.onHover((params): Hover | null => {
    const file = toPath(params.textDocument.uri);
    const view = findingsNow(file);
    if (!view) return null;
    const lineStart = view.lines[params.position.line]?.start;
    if (lineStart === undefined) return null;
    const offset = lineStart + params.position.character;
    const hits = view.findings.filter((f) => f.start <= offset && offset <= f.end);
    const parts = hits.map((f) => `**Copydesk · ${f.rule}** — ${f.message}\n\n${f.detail}\n\n[Rule docs](${docsHref(f.rule)})`);
    // Agreement is worked out on the analysed text: not while a long file's edit waits for its check.
    if (hits.every((f) => f.rule !== 'claim-conflict') && view.text === project.corpus.get(file)?.text) {
      const agree = claimAgreement(file, offset);
      if (agree) parts.push(agree);
    }
    if (parts.length === 0) return null;
    return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
  });

  /** "confirmed by 3 files": agreement is shown on hover, never as a problem. */
  function claimAgreement(file: string, offset: number): string | undefined {
    const a = project.corpus.get(file)!;
    const cfg = project.configFor(file);
    const src = sourcePredicate(cfg);
    const ctx: RuleContext = { file, analysis: a, corpus: project.corpus, isSource: (o) => src(file, o), display: (f) => project.display(f) };
    const cs = a.claimSentences.find((c) => c.sentence.start <= offset && offset <= c.sentence.end);
    if (!cs) return undefined;
    const sub = { ...a, claimSentences: [cs] };
    const ev = claimEvidence({ ...ctx, analysis: sub }).find((e) => e.claim.start <= offset && offset <= e.claim.end);
    if (!ev || ev.agree.length === 0) return undefined;
    const files = [...new Set(ev.agree.map((x) => project.display(x.file)))];
    return `**Copydesk** — ${ev.claim.text}: confirmed by ${files.length} file${files.length === 1 ? '' : 's'} (${files.join(', ')}).`;
  }

  connection.onCodeAction((params): CodeAction[] => {
    const uri = params.textDocument.uri;
    const file = toPath(uri);
    const view = findingsNow(file);
    const doc = documents.get(uri);
    if (!view) return [];
    const { findings } = view;
    const version = doc?.version ?? null;
    const edit = (edits: { start: number; end: number; newText: string }[]) => ({
      documentChanges: [{ textDocument: { uri, version }, edits: edits.map((e) => TextEdit.replace({ start: positionAt(view.lines, e.start), end: positionAt(view.lines, e.end) }, e.newText)) }],
    });
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const wantsFixAll = !only || only.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source);
    if (!only || only.includes(CodeActionKind.QuickFix)) {
      for (const d of params.context.diagnostics) {
        if (d.source !== 'copydesk') continue;
        const data = d.data as { rule: string; start: number; end: number; text: string } | undefined;
        const f = findings.find((x) => data && x.rule === data.rule && x.start === data.start && x.end === data.end);
        // Stale diagnostic (the text under it changed): offer nothing rather than a wrong edit.
        if (!f || view.text.slice(f.start, f.end).slice(0, 200) !== data!.text) continue;
        f.fixes.forEach((fx, i) => actions.push({ title: fx.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: i === 0 && f.rule !== 'claim-conflict', edit: edit(fx.edits) }));
      }
    }
    if (wantsFixAll) {
      const edits = findings.flatMap((f) => f.fixes.filter((x) => x.fixAll).flatMap((x) => x.edits));
      if (edits.length) actions.push({ title: 'Copydesk: remove all page boilerplate in this file', kind: FIX_ALL_KIND, edit: edit(edits) });
    }
    return actions;
  });

  connection.onExecuteCommand(async (params, token) => {
    if (params.command === 'copydesk.server.checkWorkspace') {
      await readSettings();
      const n = await indexWorkspace();
      let problems = 0;
      let done = 0;
      // Every file's check reads the analyses of the files it compares with: keep all that fit
      // while this runs, or most reads would analyse a file again (5,000 files: 240 s).
      const release = project.corpus.keepAtLeast(analysesToKeep(project.corpus.size, project.corpus.textBytes, getHeapStatistics().heap_size_limit));
      try {
        for (const f of [...project.corpus.files()]) {
          // Let other messages (a cancel, the user typing) through between small chunks of work.
          if (++done % 25 === 0) await new Promise((r) => setImmediate(r));
          if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `Copydesk: workspace check cancelled after ${done - 1} of ${project.corpus.size} files`);
          problems += project.findingsFor(f).length;
        }
      } finally {
        release();
      }
      return { files: n, problems };
    }
    return undefined;
  });

  documents.listen(connection);
  connection.listen();
}

if (require.main === module) {
  createServer(createConnection(ProposedFeatures.all));
}
