// Integration suite: runs inside the VS Code extension host with the real `vscode` API, on a copy of
// test/fixtures/story opened as the workspace folder (see test/vscode/run.mjs).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'copydesk.copydesk';
const folder = () => vscode.workspace.workspaceFolders[0].uri.fsPath;
const uriOf = (name) => vscode.Uri.file(path.join(folder(), name));
const ruleOf = (d) => (typeof d.code === 'object' ? d.code.value : d.code);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, fn, ms = 30000) {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

const diagnostics = (name) => vscode.languages.getDiagnostics(uriOf(name)).filter((d) => d.source === 'copydesk');
const waitForRule = (name, rule, present = true) =>
  waitFor(`${rule} ${present ? 'in' : 'gone from'} ${name}`, () => (diagnostics(name).some((d) => ruleOf(d) === rule) === present ? diagnostics(name) : undefined));

async function applyAction(action) {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('Copydesk in VS Code', function () {
  let api;
  let draft;
  const original = {};

  before(async function () {
    for (const f of ['draft.txt', 'wire.txt', 'transcript.txt']) original[f] = fs.readFileSync(path.join(folder(), f), 'utf8');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
    api = await ext.activate();
    draft = await vscode.workspace.openTextDocument(uriOf('draft.txt'));
    await vscode.window.showTextDocument(draft);
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    for (const [f, text] of Object.entries(original)) fs.writeFileSync(path.join(folder(), f), text);
  });

  it('activates and reports every check on the draft, with ranges and related sources', async function () {
    const d = await waitForRule('draft.txt', 'claim-conflict');
    await waitForRule('draft.txt', 'page-boilerplate');
    const rules = new Set(diagnostics('draft.txt').map(ruleOf));
    for (const r of ['claim-conflict', 'unattributed-quote', 'quote-differs', 'page-boilerplate']) assert.ok(rules.has(r), `missing ${r}: ${[...rules]}`);
    const conflict = d.find((x) => ruleOf(x) === 'claim-conflict');
    assert.strictEqual(draft.getText(conflict.range), 'Tuesday');
    assert.strictEqual(conflict.range.start.line, 2);
    assert.strictEqual(conflict.severity, vscode.DiagnosticSeverity.Warning);
    const related = conflict.relatedInformation.map((r) => path.basename(r.location.uri.fsPath)).sort();
    assert.deepStrictEqual(related, ['transcript.txt', 'wire.txt']);
    for (const r of conflict.relatedInformation) {
      const doc = await vscode.workspace.openTextDocument(r.location.uri);
      assert.strictEqual(doc.getText(r.location.range), 'Thursday');
    }
    assert.match(String(conflict.code.target), /docs\/rules\/claim-conflict\.md$/);
    assert.ok(api.status(), 'the status bar got a status from the server');
  });

  it('hover explains the conflict', async function () {
    const conflict = diagnostics('draft.txt').find((x) => ruleOf(x) === 'claim-conflict');
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', draft.uri, conflict.range.start.translate(0, 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /claim-conflict/);
    assert.match(text, /\*\*Why:\*\*/);
    assert.match(text, /wire\.txt line 1/);
  });

  it('a quick fix changes exactly its span; then the conflict is gone', async function () {
    // Asked again until it comes: opening the sources (the first test) re-checks the draft, and a
    // request made while its diagnostics are being replaced got no quick fix (1 of 13 CI runs on record).
    let titles = [];
    const change = await waitFor('the "Change to Thursday" quick fix', async () => {
      const conflict = diagnostics('draft.txt').find((x) => ruleOf(x) === 'claim-conflict');
      if (!conflict) return undefined;
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draft.uri, conflict.range, vscode.CodeActionKind.QuickFix.value);
      titles = actions.map((a) => a.title);
      return actions.find((a) => /^Change to Thursday/.test(a.title));
    }, 10000).catch((e) => assert.fail(`${e.message}; actions: ${titles}`));
    const before = draft.getText();
    await applyAction(change);
    assert.strictEqual(draft.getText(), before.replace('Tuesday', 'Thursday'));
    await waitForRule('draft.txt', 'claim-conflict', false);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(draft.getText(), before);
    await waitForRule('draft.txt', 'claim-conflict');
  });

  it('fix-all removes every boilerplate block and nothing else', async function () {
    const before = draft.getText();
    const flagged = new Set();
    for (const d of diagnostics('draft.txt')) if (ruleOf(d) === 'page-boilerplate') for (let l = d.range.start.line; l <= d.range.end.line; l++) flagged.add(l);
    assert.ok(flagged.size >= 2);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', draft.uri, new vscode.Range(0, 0, draft.lineCount, 0), 'source.fixAll.copydesk');
    const fixAll = actions.find((a) => a.kind && a.kind.value === 'source.fixAll.copydesk');
    assert.ok(fixAll, `actions: ${actions.map((a) => a.title)}`);
    await applyAction(fixAll);
    const after = draft.getText();
    assert.ok(!/^Advertisement$/m.test(after));
    // Every line that was not flagged is still there, in order.
    const kept = before.split('\n').filter((l, i) => l.trim() && !flagged.has(i));
    let at = 0;
    for (const line of kept) {
      const i = after.indexOf(line, at);
      assert.ok(i >= 0, `lost: ${line}`);
      at = i + line.length;
    }
    await waitForRule('draft.txt', 'page-boilerplate', false);
    await vscode.commands.executeCommand('undo');
    await waitForRule('draft.txt', 'page-boilerplate');
  });

  it('changing a source on disk makes the draft conflict disappear, and restoring it brings it back', async function () {
    const wire = path.join(folder(), 'wire.txt');
    const transcript = path.join(folder(), 'transcript.txt');
    fs.writeFileSync(wire, original['wire.txt'].replace(/Thursday/g, 'Tuesday'));
    fs.writeFileSync(transcript, original['transcript.txt'].replace(/Thursday/g, 'Tuesday'));
    await waitForRule('draft.txt', 'claim-conflict', false);
    fs.writeFileSync(wire, original['wire.txt']);
    fs.writeFileSync(transcript, original['transcript.txt']);
    await waitForRule('draft.txt', 'claim-conflict');
  });

  it('the "Check all articles in workspace" command runs through and keeps the findings', async function () {
    await vscode.commands.executeCommand('copydesk.checkWorkspace');
    assert.ok(api.status().files >= 3, `files indexed: ${api.status().files}`);
    await waitForRule('draft.txt', 'claim-conflict');
  });

  it('the server keeps its index cache in the storage VS Code gives the workspace', async function () {
    const storage = api.client.clientOptions.initializationOptions.storagePath;
    assert.ok(storage, 'an opened folder has a storage folder');
    const cache = path.join(storage, 'index-cache.bin');
    await waitFor('the index cache', () => fs.existsSync(cache) && fs.statSync(cache).size > 0);
    assert.strictEqual(fs.readFileSync(cache).subarray(0, 4).toString('latin1'), 'CDI1');
  });

  it('a crashed server is restarted and the diagnostics come back', async function () {
    const pid = await waitFor('a server pid', () => api.status() && api.status().pid);
    process.kill(pid, 'SIGKILL');
    await waitFor('a new server', () => api.status() && api.status().pid && api.status().pid !== pid, 60000);
    await waitForRule('draft.txt', 'claim-conflict');
  });
});
